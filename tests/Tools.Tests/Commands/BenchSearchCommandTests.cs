using DocArchive.Tools.Commands;

namespace DocArchive.Tools.Tests.Commands;

public sealed class BenchSearchCommandTests
{
    [Fact]
    public async Task RunAsync_IndexesAndSearchesTheGeneratedDocuments_WhenDocsAreGiven()
    {
        using var output = new StringWriter();

        var exit = await BenchSearchCommand.RunAsync(["--docs", "200"], output, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains("indexed 200 documents in ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("660 searches (20 hits with snippets, persons, companies and facets each)", output.ToString(), StringComparison.Ordinal);
    }
}
