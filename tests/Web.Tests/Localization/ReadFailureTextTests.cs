using System.Globalization;
using DocArchive.Ingest.Reading;
using DocArchive.Web.Localization;

namespace DocArchive.Web.Tests.Localization;

public sealed class ReadFailureTextTests
{
    private static readonly UiText Text = new();

    public static TheoryData<string> Codes => [.. ReadFailures.All];

    [Theory]
    [MemberData(nameof(Codes))]
    public void ReadFailure_SaysEachCodeInItsOwnWords_InEachLanguage(string code)
    {
        var indonesian = InterfaceLanguage.In("id", () => Text.ReadFailure(code));
        var english = InterfaceLanguage.In("en", () => Text.ReadFailure(code));

        Assert.NotEqual(indonesian, english);
        Assert.Equal(indonesian, Text.Get($"failure.{code}", CultureInfo.GetCultureInfo("id")));
        Assert.Equal(english, Text.Get($"failure.{code}", CultureInfo.GetCultureInfo("en")));
        Assert.Equal(ReadFailures.All.Count, ReadFailures.All.Select(c => Text.Get($"failure.{c}", CultureInfo.GetCultureInfo("id"))).Distinct().Count());
        Assert.True(code.Length <= ReadFailures.MaxLength, $"{code} is longer than the catalog column");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("no-such-code")]
    public void ReadFailure_ReadsAsUnreadable_WhenTheFailureHasNoKnownCode(string? code)
    {
        Assert.Equal("Berkas tidak dapat dibaca.", InterfaceLanguage.In("id", () => Text.ReadFailure(code)));
        Assert.Equal("The file cannot be read.", InterfaceLanguage.In("en", () => Text.ReadFailure(code)));
    }
}
