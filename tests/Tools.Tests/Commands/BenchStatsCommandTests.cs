using DocArchive.Tools.Commands;

namespace DocArchive.Tools.Tests.Commands;

public sealed class BenchStatsCommandTests
{
    [Fact]
    public async Task RunAsync_CountsTheGeneratedPersons_WhenAQuarterAreNamedTwice()
    {
        using var output = new StringWriter();

        var exit = await BenchStatsCommand.RunAsync(["--persons", "8"], output, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains("SQLite catalog of 10 person rows", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("statistics of 8 persons (5 nationalities, 3 employers, 3 districts)", output.ToString(), StringComparison.Ordinal);
    }
}
