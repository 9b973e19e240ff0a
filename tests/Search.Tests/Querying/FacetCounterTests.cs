using DocArchive.Search.Querying;

namespace DocArchive.Search.Tests.Querying;

public sealed class FacetCounterTests(ArchiveIndex archive) : IClassFixture<ArchiveIndex>
{
    [Fact]
    public void Facets_CountTheDocumentsFound_ByTypeNationalityEmployerAndYear()
    {
        var facets = archive.Index.Find("sinar").Facets;

        Assert.Equal([new FacetValue("permit", 2, "type:permit"), new FacetValue("field_report", 1, "type:field_report"), new FacetValue("rptka", 1, "type:rptka")], facets.Types);
        Assert.Equal([new FacetValue("CHN", 3, "nationality:CHN"), new FacetValue("KOR", 1, "nationality:KOR")], facets.Nationalities);
        Assert.Equal(
            [new FacetValue("SINAR BATU MINING", 4, "employer:\"SINAR BATU MINING\""), new FacetValue("CAHAYA MAKMUR", 1, "employer:\"CAHAYA MAKMUR\"")],
            facets.Employers);
        Assert.Equal([new FacetValue("2025", 1, "year:2025"), new FacetValue("2024", 2, "year:2024"), new FacetValue("2022", 1, "year:2022")], facets.Years);
    }

    [Fact]
    public void Facets_NarrowTheSearch_WhenTheirFilterIsAdded()
    {
        var facets = archive.Index.Find("sinar").Facets;

        var permits = archive.Index.Find($"sinar {facets.Types[0].Filter}");
        var company = archive.Index.Find($"sinar {facets.Employers[1].Filter}");
        var year = archive.Index.Find($"sinar {facets.Years[1].Filter}");

        Assert.Equal(2, permits.TotalDocuments);
        Assert.Equal([new FacetValue("permit", 2, "type:permit")], permits.Facets.Types);
        Assert.Equal([archive.Report], company.Documents.Select(d => d.DocumentId));
        Assert.Equal(2, year.TotalDocuments);
    }
}
