using DocArchive.Ingest.Extraction.Mrz;
using DocArchive.Text;

namespace DocArchive.Ingest.Extraction.Normalisation;

/// <summary>
/// How each country's passport numbers look (<c>passport-shapes.txt</c>): a number as printed that fits none of its
/// holder's country's shapes, but fits exactly one once letters OCR read as digits (and back) are put right, is that one
/// (<c>25754266</c> of an Indian holder is <c>Z5754266</c>), as is one whose fixed first letter OCR confused
/// (<c>BA1526974</c> of a Chinese holder is <c>EA1526974</c>). A number that fits as read, or fits several ways, stays.
/// </summary>
internal static class PassportShapes
{
    private static readonly Dictionary<string, string[]> Shapes = DataFile.Read(typeof(PassportShapes).Assembly, "passport-shapes.txt")
        .ToDictionary(row => row[0], row => row[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);

    /// <summary><paramref name="number"/> repaired to the one shape of <paramref name="nationality"/>'s passports it can be, or as it is.</summary>
    public static string Repair(string number, string? nationality)
    {
        ArgumentNullException.ThrowIfNull(number);
        if (nationality is null || !Shapes.TryGetValue(nationality, out var shapes) || shapes.Any(s => Fits(number, s)))
        {
            return number;
        }

        var repaired = shapes.Where(s => s.Length == number.Length).Select(s => Repaired(number, s)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (repaired.Count == 0)
        {
            // The fewest characters changed: EA1526974 for BA1526974, not E41526974.
            repaired = [.. shapes.Where(s => s.Length == number.Length && FirstLetterMisread(number[0], s[0]))
                .Select(s => Repaired(s[0] + number[1..], s)).OfType<string>().Distinct(StringComparer.Ordinal)
                .GroupBy(r => r.Zip(number).Count(p => p.First != p.Second)).OrderBy(g => g.Key).Take(1).SelectMany(g => g)];
        }

        return repaired.Count == 1 ? repaired[0] : number;
    }

    /// <summary>Whether OCR may have read a shape's fixed first letter as <paramref name="read"/> (<c>B</c>, <c>F</c>, <c>6</c> for <c>E</c>).</summary>
    private static bool FirstLetterMisread(char read, char fixedLetter) => fixedLetter switch
    {
        'E' => read is 'B' or 'F' or '6' or '8' or '3' or 'L',
        'M' => read is 'N' or 'H' or 'W',
        'P' => read is 'F' or 'R' or 'D',
        _ => false,
    };

    /// <summary>Whether the passports of <paramref name="nationality"/> have known shapes.</summary>
    public static bool Known(string? nationality) => nationality is not null && Shapes.ContainsKey(nationality);

    /// <summary>Whether <paramref name="number"/> fits one of <paramref name="nationality"/>'s shapes.</summary>
    public static bool FitsCountry(string number, string? nationality) =>
        nationality is not null && Shapes.TryGetValue(nationality, out var shapes) && shapes.Any(s => Fits(number, s));

    private static bool Fits(string number, string shape) =>
        number.Length == shape.Length && number.Zip(shape).All(p => p.Second switch
        {
            '#' => char.IsAsciiDigit(p.First),
            '@' => char.IsAsciiLetterUpper(p.First),
            _ => p.First == p.Second,
        });

    private static string? Repaired(string number, string shape)
    {
        var repaired = string.Concat(number.Zip(shape).Select(p => p.Second switch
        {
            '#' => MrzCharacters.ToDigit(p.First),
            _ => MrzCharacters.ToLetter(p.First),
        }));
        return Fits(repaired, shape) ? repaired : null;
    }
}
