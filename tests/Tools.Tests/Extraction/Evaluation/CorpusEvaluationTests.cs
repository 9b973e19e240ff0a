using System.Globalization;
using DocArchive.Generator;
using DocArchive.Ingest;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Reading;
using DocArchive.Tools.Extraction.Evaluation;
using Xunit.Abstractions;

namespace DocArchive.Tools.Tests.Extraction.Evaluation;

public sealed class CorpusEvaluationTests(ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryInfo corpus = Directory.CreateTempSubdirectory("docarchive-tools-");

    [Fact]
    public async Task EvaluateAsync_MeetsTheTargets_WhenTheFixedSetIsReadThroughTheOcrPool()
    {
        var generated = CorpusGenerator.GenerateFixedSet(corpus.FullName);
        var options = TestOcr.Options(workers: 2);
        using var pool = TestOcr.Pool(options);
        var evaluation = Evaluation(pool, options);

        var report = await evaluation.EvaluateAsync(corpus.FullName, null, CancellationToken.None);

        foreach (var miss in report.Scores.Misses)
        {
            output.WriteLine($"{miss.Document}\t{miss.Field}\t{miss.Expected}\t{miss.Actual}");
        }

        Assert.Equal(generated.Count, report.Scores.Documents);
        Assert.All(report.Documents, d => Assert.Null(d.Error));
        Assert.All(EvaluationTargets.Check(report.Scores), t => Assert.True(t.Met, string.Create(CultureInfo.InvariantCulture, $"{t.Name} {t.Value:0.000} < {t.Limit}")));
    }

    [Fact]
    public async Task EvaluateAsync_CountsEveryTruthValueMissed_WhenTheDocumentCannotBeRead()
    {
        var options = TestOcr.Options();
        using var pool = TestOcr.Pool(options);
        Write("0001-permit.pdf", "%PDF-1.7 truncated"u8.ToArray());
        var truth = new ExtractionRecord { DocumentType = DocumentTypes.Permit, Persons = [new PersonRecord { Name = "ZHANG WEI", PassportNumber = "E12345678" }] };
        Write("0001-permit.truth.json", System.Text.Encoding.UTF8.GetBytes(ExtractionJson.Serialize(truth)));
        Write("0002-notes.txt", "no truth beside it"u8.ToArray());

        var report = await Evaluation(pool, options).EvaluateAsync(corpus.FullName, null, CancellationToken.None);

        var document = Assert.Single(report.Documents);
        Assert.NotNull(document.Error);
        Assert.Equal(0, report.Scores.DocumentTypeAccuracy);
        Assert.Equal(2, report.Scores.Overall.FalseNegatives);
        Assert.Equal(0, report.Scores.Overall.TruePositives);
    }

    public void Dispose() => corpus.Delete(recursive: true);

    private void Write(string name, byte[] content) => File.WriteAllBytes(Path.Combine(corpus.FullName, name), content);

    private static CorpusEvaluation Evaluation(IDocumentReader pool, IngestOptions options)
    {
        var extractor = new DocumentExtractor(TimeProvider.System);
        var files = new FileExtraction(pool, new DocumentExtraction(pool, extractor), extractor);
        return new CorpusEvaluation(files, Microsoft.Extensions.Options.Options.Create(options));
    }
}
