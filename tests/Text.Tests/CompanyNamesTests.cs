namespace DocArchive.Text.Tests;

public class CompanyNamesTests
{
    [Theory]
    [InlineData("PT Sinar Batu Mining")]
    [InlineData("PT. SINAR BATU MINING")]
    [InlineData("Sinar Batu Mining, PT")]
    [InlineData("PT Sinar Batu Mining Tbk")]
    [InlineData("PT. Sinar Batu Mining (Persero) Tbk.")]
    public void Key_IsTheSame_WhenSpellingsNameOneCompany(string printed)
    {
        Assert.Equal("SINAR BATU MINING", CompanyNames.Key(printed));
    }

    [Fact]
    public void Key_FoldsAccents_WhenPrinted()
    {
        Assert.Equal("CAFE NUSANTARA", CompanyNames.Key("Yayasan Café Nusantara"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("PT. Tbk")]
    public void Key_IsEmpty_WhenOnlyALegalFormIsPrinted(string printed)
    {
        Assert.Equal("", CompanyNames.Key(printed));
    }
}
