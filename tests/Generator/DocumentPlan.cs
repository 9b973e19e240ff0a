namespace DocArchive.Generator;

/// <summary>
/// What to make of one document: its kind, file format, resolution (of the render: a phone photo's text size, a fax's
/// horizontal resolution), how many quarter turns (clockwise) one of its pages is rotated by (0 for none), how it was
/// captured and which layouts it is drawn from.
/// </summary>
public sealed record DocumentPlan(
    DocumentKind Kind, OutputFormat Format, int Dpi, int QuarterTurns, Capture Capture = Capture.Scan, LayoutSet Layouts = LayoutSet.Development)
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

    /// <summary>
    /// A random field capture, one of <paramref name="captures"/>: a phone photo (colour JPEG, or a PDF of photos for
    /// several pages) with text at 0.55–0.75 of a 300-dpi scan's size, a fax (CCITT G4 TIFF or PDF) or a 150-dpi scan.
    /// </summary>
    public static DocumentPlan DrawField(Random random, IReadOnlyList<Capture> captures)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(captures);
        var kind = Weighted(random, KindWeights);
        var capture = random.Pick(captures);
        return capture switch
        {
            Capture.Phone => new DocumentPlan(kind, OutputFormat.Jpeg, (int)Math.Round(300 * (0.55 + (random.NextDouble() * 0.2))), 0, capture),
            Capture.Fax => new DocumentPlan(kind, random.Chance(0.5) ? OutputFormat.TiffCcitt : OutputFormat.ScannedPdfCcitt, 200, 0, capture),
            _ => new DocumentPlan(kind, Weighted(random, FormatWeights.Where(f => f.Format != OutputFormat.TextPdf).ToArray()), 150, random.Chance(0.1) ? 2 : 0, capture),
        };
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
