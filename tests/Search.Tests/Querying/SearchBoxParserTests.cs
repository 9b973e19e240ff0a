using DocArchive.Search.Querying;

namespace DocArchive.Search.Tests.Querying;

public sealed class SearchBoxParserTests
{
    [Fact]
    public void Parse_SeparatesWordsPhrasesAndExclusions()
    {
        var terms = SearchBoxParser.Parse("zhang  \"izin tinggal\" -overstay +jambi -\"tidak sesuai\"");

        Assert.Equal(
            [
                new SearchTerm("zhang", false, false),
                new SearchTerm("izin tinggal", true, false),
                new SearchTerm("overstay", false, true),
                new SearchTerm("jambi", false, false),
                new SearchTerm("tidak sesuai", true, true),
            ],
            terms);
    }

    [Fact]
    public void Parse_RunsAnUnclosedQuoteToTheEnd()
    {
        Assert.Equal([new SearchTerm("paspor", false, false), new SearchTerm("izin tinggal", true, false)], SearchBoxParser.Parse("paspor \"izin tinggal"));
    }

    [Fact]
    public void Parse_Throws_WhenThereAreTooManyTerms()
    {
        var text = string.Join(' ', Enumerable.Range(0, SearchBoxParser.MaxTerms + 1).Select(i => $"w{i}"));

        var error = Assert.Throws<InvalidSearchQueryException>(() => SearchBoxParser.Parse(text));

        Assert.Contains($"at most {SearchBoxParser.MaxTerms}", error.Message, StringComparison.Ordinal);
    }
}
