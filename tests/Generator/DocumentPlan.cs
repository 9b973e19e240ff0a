namespace DocArchive.Generator;

/// <summary>
/// What to make of one document: its kind, file format, scan resolution and how many quarter turns (clockwise) one
/// of its pages is rotated by (0 for none).
/// </summary>
public sealed record DocumentPlan(DocumentKind Kind, OutputFormat Format, int Dpi, int QuarterTurns)
{
    private static readonly (DocumentKind Kind, int Weight)[] KindWeights =
    [
        (DocumentKind.Kitas, 12), (DocumentKind.Itas, 10), (DocumentKind.Kitap, 5), (DocumentKind.Imta, 6), (DocumentKind.PermitWithPassport, 12),
        (DocumentKind.Passport, 12), (DocumentKind.Rptka, 14), (DocumentKind.FieldReport, 15), (DocumentKind.Minutes, 14),
    ];

    private static readonly (OutputFormat Format, int Weight)[] FormatWeights =
    [
        (OutputFormat.ScannedPdfJpeg, 28), (OutputFormat.ScannedPdfCcitt, 16), (OutputFormat.TiffGray, 8), (OutputFormat.TiffCcitt, 10),
        (OutputFormat.Png, 14), (OutputFormat.Jpeg, 14), (OutputFormat.TextPdf, 10),
    ];

    /// <summary>A random plan with the corpus's mix of kinds, formats, resolutions and rotations.</summary>
    public static DocumentPlan Draw(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var kind = Weighted(random, KindWeights);
        var format = Weighted(random, FormatWeights);
        if (format == OutputFormat.TextPdf && kind is DocumentKind.Passport or DocumentKind.PermitWithPassport)
        {
            format = OutputFormat.ScannedPdfJpeg;
        }

        var turns = format != OutputFormat.TextPdf && random.Chance(0.1) ? random.Pick([1, 2, 2, 3]) : 0;
        return new DocumentPlan(kind, format, random.Chance(0.5) ? 200 : 300, turns);
    }

    private static T Weighted<T>(Random random, (T Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        return choices[^1].Value;
    }
}
