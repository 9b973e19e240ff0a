namespace DocArchive.Text.Tests;

public class NationalitiesTests
{
    [Theory]
    [InlineData("Tiongkok", "CHN")]
    [InlineData("RRT", "CHN")]
    [InlineData("P.R. China", "CHN")]
    [InlineData("Chinese", "CHN")]
    [InlineData("Jepang", "JPN")]
    [InlineData("Japanese", "JPN")]
    [InlineData("Korea Selatan", "KOR")]
    [InlineData("Korea, Republic of", "KOR")]
    [InlineData("South Korea", "KOR")]
    [InlineData("India", "IND")]
    [InlineData("Malaysia", "MYS")]
    [InlineData("Filipina", "PHL")]
    [InlineData("Philippines", "PHL")]
    [InlineData("Amerika Serikat", "USA")]
    [InlineData("USA", "USA")]
    [InlineData("Australia", "AUS")]
    [InlineData("Inggris", "GBR")]
    [InlineData("United Kingdom", "GBR")]
    [InlineData("Taiwan", "TWN")]
    [InlineData("D", "DEU")]
    [InlineData("GBR", "GBR")]
    [InlineData("WNA Tiongkok", "CHN")]
    [InlineData("Tiongkock", "CHN")]
    [InlineData("Vietnam", "VNM")]
    public void ToAlpha3_ReturnsIsoCode_WhenNameIsKnown(string printed, string expected)
    {
        Assert.Equal(expected, Nationalities.ToAlpha3(printed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Atlantis")]
    public void ToAlpha3_ReturnsNull_WhenNameIsUnknown(string printed)
    {
        Assert.Null(Nationalities.ToAlpha3(printed));
    }

    [Theory]
    [InlineData("CHN", "Tiongkok", "China")]
    [InlineData("KOR", "Korea Selatan", "South Korea")]
    [InlineData("DEU", "Jerman", "Germany")]
    [InlineData("USA", "Amerika Serikat", "United States")]
    public void Name_GivesTheCountryInEachLanguage_WhenTheCodeIsKnown(string code, string indonesian, string english)
    {
        Assert.Equal(new NationalityName(indonesian, english), Nationalities.Name(code));
        Assert.Equal(code, Nationalities.ToAlpha3(indonesian));
        Assert.Equal(code, Nationalities.ToAlpha3(english));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("XXX")]
    [InlineData("GBD")]
    public void Name_ReturnsNull_WhenTheCodeIsNoCountryOfTheTable(string? code)
    {
        Assert.Null(Nationalities.Name(code));
    }
}
