using DocArchive.Search.Querying;
using DocArchive.Web.Localization;

namespace DocArchive.Web.Tests.Localization;

public sealed class SearchProblemTextTests
{
    private static readonly UiText Text = new();

    [Fact]
    public void SearchProblem_NamesEachTypeBesideWhatIsTyped_WhenTheTypeIsNotKnown()
    {
        var error = new InvalidSearchQueryException(SearchProblem.Type, "type: takes one of permit, field_report (not 'nope').", "permit, field_report", "nope");

        var indonesian = InterfaceLanguage.In("id", () => Text.SearchProblem(error));
        var english = InterfaceLanguage.In("en", () => Text.SearchProblem(error));

        Assert.Equal("type: menerima salah satu dari permit (izin tinggal/kerja), field_report (laporan pemantauan) (bukan 'nope').", indonesian);
        Assert.Equal("type: takes one of permit (stay/work permit), field_report (field report) (not 'nope').", english);
    }

    [Fact]
    public void SearchProblem_FillsInTheArguments_InTheUsersLanguage()
    {
        var error = new InvalidSearchQueryException(SearchProblem.TooManyTerms, "The search has 40 words and filters; at most 32 are allowed.", 40, 32);

        Assert.Equal("Pencarian memuat 40 kata dan filter; paling banyak 32.", InterfaceLanguage.In("id", () => Text.SearchProblem(error)));
    }
}
