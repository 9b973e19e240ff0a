using DocArchive.Search.Querying;

namespace DocArchive.Search.Tests.Querying;

public sealed class PersonListerTests(ArchiveIndex archive) : IClassFixture<ArchiveIndex>
{
    [Fact]
    public void List_GivesOneRowPerPersonOverAllTheirDocuments_WhenTheNameIsSearched()
    {
        var results = archive.Index.Find("zhang wei");

        Assert.Equal(
            [new PersonHit(ArchiveIndex.ZhangId, "ZHANG WEI", "E12345678", "CHN", "PT. SINAR BATU MINING Tbk", "SINAR BATU MINING", ArchiveIndex.Today.AddDays(200), 3)],
            results.Persons);
    }

    [Fact]
    public void List_LeavesOutTheOtherPersonsOfADocument_WhenTheyDoNotMatchEveryWord()
    {
        Assert.Equal(["ZHANG WEI"], archive.Index.Find("zhang wei overstay").Persons.Select(p => p.Name));
        Assert.Equal(["WANG WEI", "ZHANG WEI"], archive.Index.Find("wei").Persons.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void List_GivesEveryPersonOfTheDocuments_WhenTheWordsAreAboutTheDocumentsOnly()
    {
        Assert.Equal(["KIM MIN JUN", "WANG WEI", "ZHANG WEI"], archive.Index.Find("overstay").Persons.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void List_GroupsAnUnlinkedPersonByTheirPassport_WhenACopyMisreadsIt()
    {
        var person = Assert.Single(archive.Index.Find("E87654321").Persons);

        Assert.Equal(new PersonHit(null, "WANG WEI", "E87654321", "CHN", "CV Cahaya Makmur", "CAHAYA MAKMUR", ArchiveIndex.Today.AddDays(-30), 2), person);
    }

    [Fact]
    public void List_GroupsAPersonByName_WhenNoPassportIsKnown()
    {
        var person = Assert.Single(archive.Index.Find("hiroshi tanaka").Persons);

        Assert.Equal(new PersonHit(null, "TANAKA HIROSHI", null, "JPN", "PT Nusantara Baja", "NUSANTARA BAJA", null, 1), person);
    }

    [Fact]
    public void List_JudgesExpiryByTheLatestPermit_WhenTheFilterIsAboutExpiry()
    {
        Assert.Equal(["RAJESH KUMAR", "WANG WEI"], archive.Index.Find("expired:yes").Persons.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["WANG WEI"], archive.Index.Find("nationality:CHN expired:yes").Persons.Select(p => p.Name));
    }

    [Fact]
    public void List_GivesNoPersons_WhenTheOverviewIsNotAskedFor()
    {
        var results = archive.Index.Search.Search(new SearchQuery("zhang wei", Overview: false));

        Assert.Empty(results.Persons);
        Assert.Empty(results.Facets.Types);
        Assert.Equal(3, results.TotalDocuments);
    }
}
