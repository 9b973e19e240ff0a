using DocArchive.Web.Export;

namespace DocArchive.Web.Tests.Export;

public sealed class ExportBenchmarkTests
{
    [Fact]
    public async Task RunAsync_ExportsEveryDocumentTheSearchFinds_WhenRowsAreGiven()
    {
        using var output = new StringWriter();

        var exit = await ExportBenchmark.RunAsync(["--rows", "10"], output, CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, exit);
        Assert.StartsWith("SQLite catalog of 10 person rows", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("index of 3 documents built", lines[1], StringComparison.Ordinal);
        Assert.Equal(["persons   Csv  10 rows", "persons   Xlsx 10 rows", "documents Csv  3 rows", "documents Xlsx 3 rows"], lines[2..].Select(l => l[..l.IndexOf(" rows", StringComparison.Ordinal)] + " rows"));
    }

    [Theory]
    [InlineData("--rows", "9")]
    [InlineData("--rows", "many")]
    [InlineData("--rows")]
    public async Task RunAsync_PrintsTheUsage_WhenTheRowCountIsWrong(params string[] args)
    {
        using var output = new StringWriter();

        Assert.Equal(2, await ExportBenchmark.RunAsync(args, output, CancellationToken.None));
        Assert.StartsWith("usage: docarchive bench export", output.ToString(), StringComparison.Ordinal);
    }
}
