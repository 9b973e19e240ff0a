using DocArchive.Search.Querying;

namespace DocArchive.Search.Tests.Querying;

public sealed class CompanyListerTests(ArchiveIndex archive) : IClassFixture<ArchiveIndex>
{
    [Theory]
    [InlineData("sinar batu mining")]
    [InlineData("PT. Sinar Batu Mining Tbk")]
    [InlineData("employer:\"sinar batu\"")]
    public void List_GivesTheCompanyWithItsDocumentsAndWorkers_WhenItsNameIsSearched(string query)
    {
        var company = archive.Index.Find(query).Companies[0];

        Assert.Equal(new CompanyHit("SINAR BATU MINING", "PT. SINAR BATU MINING Tbk", 4, 2), company);
    }

    [Fact]
    public void List_GivesNoCompanies_WhenNoWordIsInACompanyName()
    {
        Assert.Empty(archive.Index.Find("zhang wei").Companies);
    }
}
