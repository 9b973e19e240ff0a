using DocArchive.Fixtures;
using DocArchive.Ingest.Extraction;
using DocArchive.Web.Commands;

namespace DocArchive.Web.Tests.Commands;

public sealed class EvalCommandTests : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("docarchive-eval-");

    [Fact]
    public async Task RunAsync_PrintsScoresAndMisses_WhenDocumentsHaveTruth()
    {
        File.WriteAllBytes(Path.Combine(directory.FullName, "0001-permit.pdf"), FixtureDocument.TextPdf(FixturePage.FromLines(
            "KARTU IZIN TINGGAL TERBATAS (KITAS)", "Nama : ZHANG WEI", "No. Paspor : E12345678")));
        var truth = new ExtractionRecord
        {
            DocumentType = DocumentTypes.Permit,
            Persons = [new PersonRecord { Name = "ZHANG WEI", PassportNumber = "E12345678", Nationality = "CHN" }],
        };
        File.WriteAllText(Path.Combine(directory.FullName, "0001-permit.truth.json"), ExtractionJson.Serialize(truth));
        using var output = new StringWriter();

        var code = await EvalCommand.RunAsync([directory.FullName, .. CommandSwitches.Ocr], output, TextWriter.Null, CancellationToken.None);

        var report = output.ToString();
        Assert.Equal(0, code);
        Assert.Contains("document type accuracy 1.000 (1/1)", report, StringComparison.Ordinal);
        Assert.Matches(@"persons\.passportNumber\s+1\.000\s+1\.000\s+1\.000", report);
        Assert.Contains("0001-permit.pdf\tpersons.nationality\tCHN\tnull", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PrintsUsage_WhenTheDirectoryHasNoTruth()
    {
        using var output = new StringWriter();

        var code = await EvalCommand.RunAsync([directory.FullName], output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(2, code);
        Assert.StartsWith("usage:", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => directory.Delete(recursive: true);
}
