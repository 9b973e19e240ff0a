namespace DocArchive.Ingest.Extraction.Mrz;

/// <summary>Where each field and check digit stands in one ICAO 9303 layout.</summary>
internal sealed record MrzLayout(
    MrzFormat Format,
    int LineCount,
    int LineLength,
    MrzField Names,
    MrzField DocumentNumber,
    MrzField Nationality,
    MrzField BirthDate,
    MrzField Sex,
    MrzField ExpiryDate,
    MrzField Optional,
    IReadOnlyList<MrzCheck> Checks)
{
    public static MrzField IssuingState { get; } = new(0, 2, 3, MrzCharClass.Alpha);

    public static IReadOnlyList<MrzLayout> All { get; } = [Td3(), Td2(MrzFormat.Td2), Td1(), MrvA(), Td2(MrzFormat.MrvB)];

    /// <summary>The class of every position of every line: which confusions may be repaired where.</summary>
    public MrzCharClass[][] Classes()
    {
        var classes = Enumerable.Range(0, LineCount).Select(_ => Enumerable.Repeat(MrzCharClass.Alpha, LineLength).ToArray()).ToArray();
        foreach (var field in new[] { DocumentNumber, BirthDate, ExpiryDate, Optional })
        {
            Array.Fill(classes[field.Line], field.Class, field.Start, field.Length);
        }

        if (Format == MrzFormat.Td1)
        {
            Array.Fill(classes[0], MrzCharClass.Alphanumeric, 15, 15);
            Array.Fill(classes[1], MrzCharClass.Alphanumeric, 18, 11);
        }

        foreach (var check in Checks)
        {
            classes[check.Line][check.Position] = MrzCharClass.Digit;
        }

        return classes;
    }

    private static MrzField Alnum(int line, int start, int length) => new(line, start, length, MrzCharClass.Alphanumeric);

    private static MrzField Digits(int line, int start, int length) => new(line, start, length, MrzCharClass.Digit);

    private static MrzField Letters(int line, int start, int length) => new(line, start, length, MrzCharClass.Alpha);

    private static MrzLayout Td3() => new(
        MrzFormat.Td3, 2, 44, Letters(0, 5, 39), Alnum(1, 0, 9), Letters(1, 10, 3), Digits(1, 13, 6), Letters(1, 20, 1),
        Digits(1, 21, 6), Alnum(1, 28, 14),
        [
            new("documentNumber", 1, 9, [Alnum(1, 0, 9)]),
            new("dateOfBirth", 1, 19, [Digits(1, 13, 6)]),
            new("expiry", 1, 27, [Digits(1, 21, 6)]),
            new("optional", 1, 42, [Alnum(1, 28, 14)]),
            new("composite", 1, 43, [Alnum(1, 0, 10), Alnum(1, 13, 7), Alnum(1, 21, 22)]),
        ]);

    private static MrzLayout MrvA() => new(
        MrzFormat.MrvA, 2, 44, Letters(0, 5, 39), Alnum(1, 0, 9), Letters(1, 10, 3), Digits(1, 13, 6), Letters(1, 20, 1),
        Digits(1, 21, 6), Alnum(1, 28, 16),
        [
            new("documentNumber", 1, 9, [Alnum(1, 0, 9)]),
            new("dateOfBirth", 1, 19, [Digits(1, 13, 6)]),
            new("expiry", 1, 27, [Digits(1, 21, 6)]),
        ]);

    /// <summary>TD2 and the 36-character visa (MRV-B), which has no composite check and a longer optional field.</summary>
    private static MrzLayout Td2(MrzFormat format)
    {
        List<MrzCheck> checks =
        [
            new("documentNumber", 1, 9, [Alnum(1, 0, 9)]),
            new("dateOfBirth", 1, 19, [Digits(1, 13, 6)]),
            new("expiry", 1, 27, [Digits(1, 21, 6)]),
        ];
        if (format == MrzFormat.Td2)
        {
            checks.Add(new("composite", 1, 35, [Alnum(1, 0, 10), Alnum(1, 13, 7), Alnum(1, 21, 14)]));
        }

        return new(
            format, 2, 36, Letters(0, 5, 31), Alnum(1, 0, 9), Letters(1, 10, 3), Digits(1, 13, 6), Letters(1, 20, 1),
            Digits(1, 21, 6), Alnum(1, 28, format == MrzFormat.Td2 ? 7 : 8), checks);
    }

    private static MrzLayout Td1() => new(
        MrzFormat.Td1, 3, 30, Letters(2, 0, 30), Alnum(0, 5, 9), Letters(1, 15, 3), Digits(1, 0, 6), Letters(1, 7, 1),
        Digits(1, 8, 6), Alnum(0, 15, 15),
        [
            new("documentNumber", 0, 14, [Alnum(0, 5, 9)]),
            new("dateOfBirth", 1, 6, [Digits(1, 0, 6)]),
            new("expiry", 1, 14, [Digits(1, 8, 6)]),
            new("composite", 1, 29, [Alnum(0, 5, 25), Alnum(1, 0, 7), Alnum(1, 8, 7), Alnum(1, 18, 11)]),
        ]);
}
