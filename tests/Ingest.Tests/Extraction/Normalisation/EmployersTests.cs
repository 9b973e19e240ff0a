using DocArchive.Ingest.Extraction.Normalisation;

namespace DocArchive.Ingest.Tests.Extraction.Normalisation;

public class EmployersTests
{
    [Theory]
    [InlineData("PT. SINAR BATU MINING Tbk", "Sinar Batu Mining, PT")]
    [InlineData("PT Sinar Batu Minig", "Sinar Batu Mining")]
    public void Resembles_IsTrue_WhenSpellingsNameOneCompany(string a, string b)
    {
        Assert.True(Employers.Resembles(a, b));
    }

    [Fact]
    public void Resembles_IsFalse_WhenNamesDiffer()
    {
        Assert.False(Employers.Resembles("PT Sinar Batu Mining", "PT Cahaya Makmur"));
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
