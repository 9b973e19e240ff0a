using DocArchive.Search.Querying;

namespace DocArchive.Search.Tests.Querying;

public sealed class SearchBoxParserTests
{
    [Fact]
    public void Parse_SeparatesWordsPhrasesAndExclusions()
    {
        var terms = SearchBoxParser.Parse("zhang  \"izin tinggal\" -overstay +jambi -\"tidak sesuai\"").Terms;

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
        Assert.Equal(
            [new SearchTerm("paspor", false, false), new SearchTerm("izin tinggal", true, false)],
            SearchBoxParser.Parse("paspor \"izin tinggal").Terms);
    }

    [Fact]
    public void Parse_ReadsEveryFilter_BesideTheWords()
    {
        var parsed = SearchBoxParser.Parse(
            "zhang type:permit Nationality:chn employer:\"sinar batu\" expires<2026-01-01 expires>=2025-01-01 expired:yes uploaded>2025-06-01 year:2024 -type:minutes");

        Assert.Equal([new SearchTerm("zhang", false, false)], parsed.Terms);
        Assert.Equal(
            [
                new SearchFilter(FilterField.Type, FilterOperator.Is, "permit", false),
                new SearchFilter(FilterField.Nationality, FilterOperator.Is, "chn", false),
                new SearchFilter(FilterField.Employer, FilterOperator.Is, "sinar batu", false),
                new SearchFilter(FilterField.Expires, FilterOperator.Before, "2026-01-01", false),
                new SearchFilter(FilterField.Expires, FilterOperator.AtOrAfter, "2025-01-01", false),
                new SearchFilter(FilterField.Expired, FilterOperator.Is, "yes", false),
                new SearchFilter(FilterField.Uploaded, FilterOperator.After, "2025-06-01", false),
                new SearchFilter(FilterField.Year, FilterOperator.Is, "2024", false),
                new SearchFilter(FilterField.Type, FilterOperator.Is, "minutes", true),
            ],
            parsed.Filters);
    }

    [Theory]
    [InlineData("nama:zhang")]
    [InlineData("Tempat/Tgl.Lahir:Beijing")]
    [InlineData("<type>")]
    public void Parse_KeepsAWord_WhenItsPrefixIsNoFilter(string text)
    {
        var parsed = SearchBoxParser.Parse(text);

        Assert.Equal([new SearchTerm(text, false, false)], parsed.Terms);
        Assert.Empty(parsed.Filters);
    }

    [Fact]
    public void Parse_Throws_WhenThereAreTooManyTerms()
    {
        var text = string.Join(' ', Enumerable.Range(0, SearchBoxParser.MaxTerms + 1).Select(i => $"w{i}"));

        var error = Assert.Throws<InvalidSearchQueryException>(() => SearchBoxParser.Parse(text));

        Assert.Contains($"at most {SearchBoxParser.MaxTerms}", error.Message, StringComparison.Ordinal);
    }
}
