using System.Collections.Concurrent;
using System.Globalization;
using DocArchive.Generator.Data;
using DocArchive.Generator.Documents;
using DocArchive.Generator.Output;

namespace DocArchive.Generator;

/// <summary>
/// Generates the evaluation corpus: documents of every type, each saved as a file with its canonical truth record
/// beside it (<c>0007-permit.pdf</c> and <c>0007-permit.truth.json</c>). The same seed gives the same documents.
/// </summary>
public static class CorpusGenerator
{
    /// <summary>The seed of the small fixed set the test suite evaluates.</summary>
    public const int FixedSetSeed = 20240917;

    /// <summary>The fixed set: every kind and every format at least once, at both resolutions, with turned pages.</summary>
    public static IReadOnlyList<DocumentPlan> FixedSetPlans { get; } =
    [
        new(DocumentKind.Kitas, OutputFormat.ScannedPdfJpeg, 300, 0),
        new(DocumentKind.Itas, OutputFormat.Png, 200, 0),
        new(DocumentKind.Kitap, OutputFormat.Jpeg, 300, 0),
        new(DocumentKind.Imta, OutputFormat.TiffCcitt, 300, 0),
        new(DocumentKind.PermitWithPassport, OutputFormat.ScannedPdfCcitt, 300, 0),
        new(DocumentKind.Passport, OutputFormat.Png, 300, 0),
        new(DocumentKind.Passport, OutputFormat.Jpeg, 200, 2),
        new(DocumentKind.Rptka, OutputFormat.ScannedPdfJpeg, 200, 0),
        new(DocumentKind.Rptka, OutputFormat.TextPdf, 300, 0),
        new(DocumentKind.FieldReport, OutputFormat.TiffGray, 300, 0),
        new(DocumentKind.FieldReport, OutputFormat.ScannedPdfCcitt, 300, 1),
        new(DocumentKind.FieldReport, OutputFormat.Png, 300, 0),
        new(DocumentKind.Minutes, OutputFormat.ScannedPdfJpeg, 300, 0),
        new(DocumentKind.Minutes, OutputFormat.TextPdf, 300, 0),
        new(DocumentKind.Minutes, OutputFormat.TiffCcitt, 200, 0),
        new(DocumentKind.Kitas, OutputFormat.ScannedPdfJpeg, 200, 3),
    ];

    /// <summary>Writes the fixed-seed set (<see cref="FixedSetPlans"/>) into <paramref name="directory"/>.</summary>
    public static IReadOnlyList<GeneratedDocument> GenerateFixedSet(string directory, CancellationToken cancellationToken = default) =>
        Generate(directory, FixedSetPlans, FixedSetSeed, cancellationToken);

    /// <summary>Writes <paramref name="count"/> random documents for <paramref name="seed"/> into <paramref name="directory"/>.</summary>
    public static IReadOnlyList<GeneratedDocument> Generate(string directory, int count, int seed, CancellationToken cancellationToken = default) =>
        Generate(directory, count, seed, [], LayoutSet.Development, cancellationToken);

    /// <summary>
    /// Writes <paramref name="count"/> random documents drawn from <paramref name="layouts"/>: scans and born-digital
    /// PDFs when <paramref name="captures"/> is empty, else field captures of those kinds only.
    /// </summary>
    public static IReadOnlyList<GeneratedDocument> Generate(
        string directory, int count, int seed, IReadOnlyList<Capture> captures, LayoutSet layouts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(captures);
        var plans = Enumerable.Range(0, count)
            .Select(i => DocumentRandom(seed, -1 - i))
            .Select(random => (captures.Count == 0 ? DocumentPlan.Draw(random) : DocumentPlan.DrawField(random, captures)) with { Layouts = layouts })
            .ToList();
        return Generate(directory, plans, seed, cancellationToken);
    }

    /// <summary>Writes one document per plan, in parallel on every core; document i draws from its own seeded random.</summary>
    public static IReadOnlyList<GeneratedDocument> Generate(string directory, IReadOnlyList<DocumentPlan> plans, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plans);
        Directory.CreateDirectory(directory);
        var results = new ConcurrentDictionary<int, GeneratedDocument>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.For(0, plans.Count, options, i => results[i] = Write(directory, i + 1, plans[i], DocumentRandom(seed, i)));
        return [.. results.OrderBy(r => r.Key).Select(r => r.Value)];
    }

    private static GeneratedDocument Write(string directory, int number, DocumentPlan plan, Random random)
    {
        var content = Compose(plan.Kind, random, plan.Layouts);
        plan = plan with { Format = DocumentEncoder.Effective(plan.Format, content.Pages.Count) };
        var stem = string.Create(CultureInfo.InvariantCulture, $"{number:0000}-{content.Truth.DocumentType}");
        var file = stem + DocumentEncoder.Extension(plan.Format);
        var truthFile = stem + ".truth.json";
        File.WriteAllBytes(Path.Combine(directory, file), DocumentEncoder.Encode(content.Pages, plan, random));
        TruthWriter.Write(Path.Combine(directory, truthFile), content.Truth with { File = file }, CaptureNames.Of(plan));
        return new GeneratedDocument(file, truthFile, plan.Kind, plan.Format, plan.Dpi, content.Pages.Count, plan.Capture);
    }

    private static DocumentContent Compose(DocumentKind kind, Random random, LayoutSet layouts) => kind switch
    {
        DocumentKind.Kitas => PermitDocument.Compose(random, layouts, PermitKind.Kitas, PersonFactory.Draw(random), CompanyFactory.Draw(random)),
        DocumentKind.Itas => PermitDocument.Compose(random, layouts, PermitKind.Itas, PersonFactory.Draw(random), CompanyFactory.Draw(random)),
        DocumentKind.Kitap => PermitDocument.Compose(random, layouts, PermitKind.Kitap, PersonFactory.Draw(random), CompanyFactory.Draw(random)),
        DocumentKind.Imta => PermitDocument.Compose(random, layouts, PermitKind.Imta, PersonFactory.Draw(random), CompanyFactory.Draw(random)),
        DocumentKind.PermitWithPassport => PassportDocument.ComposeStapled(
            random, layouts, random.Chance(0.7) ? PermitKind.Kitas : PermitKind.Itas, PersonFactory.Draw(random), CompanyFactory.Draw(random)),
        DocumentKind.Passport => PassportDocument.Compose(random, layouts, PersonFactory.Draw(random)),
        DocumentKind.Rptka => RptkaDocument.Compose(random, layouts, CompanyFactory.Draw(random)),
        DocumentKind.FieldReport => FieldReportDocument.Compose(random, layouts, CompanyFactory.Draw(random)),
        DocumentKind.Minutes => MinutesDocument.Compose(random, layouts, CompanyFactory.Draw(random)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown document kind."),
    };

    /// <summary>A random for one document that depends only on the seed and the index (not on the order threads run).</summary>
    private static Random DocumentRandom(int seed, int index) => new(unchecked((seed * 1_000_003) + (index * 7_919)) & int.MaxValue);
}
