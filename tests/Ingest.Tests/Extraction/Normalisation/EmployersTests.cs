using DocArchive.Ingest.Extraction.Normalisation;

namespace DocArchive.Ingest.Tests.Extraction.Normalisation;

public class EmployersTests
{
    [Theory]
    [InlineData("PT Sinar Batu Mining")]
    [InlineData("PT. SINAR BATU MINING")]
    [InlineData("Sinar Batu Mining, PT")]
    [InlineData("PT Sinar Batu Mining Tbk")]
    [InlineData("PT. Sinar Batu Mining (Persero) Tbk.")]
    public void Key_IsTheSame_WhenSpellingsNameOneCompany(string printed)
    {
        Assert.Equal("SINAR BATU MINING", Employers.Key(printed));
    }

    [Fact]
    public void Find_EndsName_WhereCapitalisedWordsEnd()
    {
        var found = Employers.Find("Kepada PT. Cahaya Makmur Minerals diminta untuk melapor.");

        Assert.Equal("PT. Cahaya Makmur Minerals", Assert.Single(found).Name);
    }

    [Fact]
    public void Find_StopsAtFunctionWord_WhenProseIsUpperCase()
    {
        Assert.Equal("CV MAJU JAYA", Assert.Single(Employers.Find("CV MAJU JAYA DIMINTA MELENGKAPI")).Name);
    }
}
