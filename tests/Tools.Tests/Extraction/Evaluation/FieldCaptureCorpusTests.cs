using System.Text.Json;
using DocArchive.Generator;
using DocArchive.Ingest.Extraction;
using DocArchive.Tools.Extraction.Evaluation;

namespace DocArchive.Tools.Tests.Extraction.Evaluation;

public sealed class FieldCaptureCorpusTests : IDisposable
{
    private readonly DirectoryInfo corpus = Directory.CreateTempSubdirectory("docarchive-tools-");

    [Fact]
    public async Task EvaluateAsync_GroupsTheValuesByCapture_WhenTheCorpusHoldsAPhotoAndAFax()
    {
        DocumentPlan[] plans =
        [
            new(DocumentKind.Kitas, OutputFormat.Jpeg, 195, 0, DocArchive.Generator.Capture.Phone),
            new(DocumentKind.Kitas, OutputFormat.TiffCcitt, 200, 0, DocArchive.Generator.Capture.Fax),
        ];
        var generated = CorpusGenerator.Generate(corpus.FullName, plans, seed: 5);
        var options = TestOcr.Options(workers: 2);
        using var pool = TestOcr.Pool(options);
        var extractor = new DocumentExtractor(TimeProvider.System);
        var evaluation = new CorpusEvaluation(
            new FileExtraction(pool, new DocumentExtraction(pool, extractor), extractor), Microsoft.Extensions.Options.Options.Create(options));

        var report = await evaluation.EvaluateAsync(corpus.FullName, null, CancellationToken.None);

        Assert.Equal(["phone", "fax"], generated.Select(d => CaptureOf(d.TruthFile)));
        Assert.Equal(["phone", "fax"], report.Cases.Select(c => c.Capture));
        Assert.All(report.Scores.Values, v => Assert.Contains(v.Capture, new[] { "phone", "fax" }));
        var photo = File.ReadAllBytes(Path.Combine(corpus.FullName, generated[0].File));
        Assert.Equal(3, JpegComponents(photo));
    }

    [Fact]
    public void Generate_RecordsScanOrBornDigital_WhenNoFieldCaptureIsAsked()
    {
        var generated = CorpusGenerator.Generate(corpus.FullName, [new(DocumentKind.Minutes, OutputFormat.TextPdf, 300, 0), new(DocumentKind.Itas, OutputFormat.Png, 200, 0)], seed: 5);

        Assert.Equal([CaptureNames.BornDigital, "scan"], generated.Select(d => CaptureOf(d.TruthFile)));
    }

    public void Dispose() => corpus.Delete(recursive: true);

    private string CaptureOf(string truthFile)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpus.FullName, truthFile)));
        return json.RootElement.GetProperty(CorpusEvaluation.CaptureProperty).GetString()!;
    }

    /// <summary>The number of colour components in the JPEG's frame header (SOF0 or SOF2).</summary>
    private static int JpegComponents(byte[] jpeg)
    {
        for (var i = 2; i + 9 < jpeg.Length; i++)
        {
            if (jpeg[i] == 0xFF && jpeg[i + 1] is 0xC0 or 0xC2)
            {
                return jpeg[i + 9];
            }
        }

        return 0;
    }
}
