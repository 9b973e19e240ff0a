using DocArchive.Tools.Commands;

namespace DocArchive.Tools.Tests.Commands;

public sealed class BenchReconciliationCommandTests
{
    [Fact]
    public async Task RunAsync_TimesTheProvinceAndADistrict_OfTheGeneratedCatalog()
    {
        using var output = new StringWriter();

        var exit = await BenchReconciliationCommand.RunAsync(["--documents", "500"], output, CancellationToken.None);

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, exit);
        Assert.StartsWith("SQLite catalog of 500 documents filled in", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^province: [1-9][0-9,]* persons known, [0-9,]+ findings, 11 districts: .*3 runs, the first cold$", lines[1]);
        Assert.Matches(@"^district: [1-9][0-9,]* persons known, [0-9,]+ findings, 1 districts: ", lines[2]);
    }

    [Fact]
    public async Task RunAsync_ShowsTheUsage_WhenTheCountIsNoNumber()
    {
        using var output = new StringWriter();

        Assert.Equal(2, await BenchReconciliationCommand.RunAsync(["--documents", "many"], output, CancellationToken.None));
        Assert.Equal(BenchReconciliationCommand.Usage, output.ToString().Trim());
    }
}
