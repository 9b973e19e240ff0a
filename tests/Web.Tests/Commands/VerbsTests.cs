using DocArchive.Web.Commands;
using DocArchive.Web.Export;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Tests.Commands;

public sealed class VerbsTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("users", "--help")]
    [InlineData("bench", "ocr", "-h")]
    [InlineData("serve", "--help")]
    public void AsksForHelp_IsTrue_WhereverHelpIsAsked(params string[] args) => Assert.True(Verbs.AsksForHelp(args));

    [Fact]
    public void Help_GivesTheVerbsOwnUsage_WhenAVerbIsNamed()
    {
        Assert.Equal(UsersCommand.Usage, Verbs.Help(["users", "--help"]));
        Assert.Equal(ExportBenchmark.Usage, Verbs.Help(["bench", "export", "--help"]));
        Assert.Equal(Verbs.ServeUsage, Verbs.Help(["serve", "--help"]));
    }

    [Fact]
    public void Help_ListsEveryVerb_WhenNoneIsNamed()
    {
        var help = Verbs.Help(["--help"]);

        Assert.All(Verbs.All, verb => Assert.Contains(verb.Usage, help, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, "--urls", "http://localhost:5000")]
    [InlineData(false)]
    [InlineData(false, "serve", "--data-dir", "x")]
    [InlineData(false, "bench", "search")]
    [InlineData(true, "imprt", "folder")]
    [InlineData(true, "bench")]
    public void IsUnknown_TellsAMistypedVerbFromSwitchesForServe(bool unknown, params string[] args) =>
        Assert.Equal(unknown, Verbs.IsUnknown(args));

    [Fact]
    public async Task GuardAsync_PrintsOneLineAndAnswers2_WhenTheConfigurationIsInvalid()
    {
        using var error = new StringWriter();

        var code = await Verbs.GuardAsync(
            () => throw new OptionsValidationException("", typeof(object), ["Ingest:TessdataPath '/nope' does not exist."]),
            error);

        Assert.Equal(2, code);
        Assert.Equal($"docarchive: configuration: Ingest:TessdataPath '/nope' does not exist.{Environment.NewLine}", error.ToString());
    }

    [Fact]
    public async Task GuardAsync_LetsAFaultThrough_WhenItIsNoConfigurationError()
    {
        using var error = new StringWriter();

        await Assert.ThrowsAsync<InvalidOperationException>(() => Verbs.GuardAsync(() => throw new InvalidOperationException("bug"), error));
    }
}
