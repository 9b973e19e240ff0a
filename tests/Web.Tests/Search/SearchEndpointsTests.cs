using System.Net;
using System.Net.Http.Json;
using DocArchive.Ingest.Accounts;
using DocArchive.Search.Querying;
using Microsoft.AspNetCore.Mvc;

namespace DocArchive.Web.Tests.Search;

public sealed class SearchEndpointsTests
{
    [Fact]
    public async Task Search_Returns400ProblemDetails_WhenNoQueryIsGiven()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);

        using var response = await client.GetAsync(new Uri("/api/search?q=", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("No query", (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Title);
    }

    [Theory]
    [InlineData("/api/search?q=zhang&sort=size", "sort takes relevance, date or expiry")]
    [InlineData("/api/search?q=expires<31-12-2025", "expires takes a date written like 2026-01-01")]
    [InlineData("/api/search?q=type:passport2", "type: takes one of")]
    public async Task Search_Returns400WithTheReason_WhenTheQueryCannotBeUnderstood(string url, string reason)
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ReturnsPersonsCompaniesDocumentsAndFacets_AsJson()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        var (permit, report) = await SearchIndexFixture.IndexAsync(app);

        var results = await client.GetFromJsonAsync<SearchResults>("/api/search?q=zhang%20wei%20sinar&sort=date", DocArchiveApplication.Json);

        var person = Assert.Single(results!.Persons);
        Assert.Equal(new PersonHit(SearchIndexFixture.PersonId, "ZHANG WEI", "E12345678", "CHN", "PT. SINAR BATU MINING Tbk", "SINAR BATU MINING", new DateOnly(2025, 3, 31), 2), person);
        Assert.Equal([new CompanyHit("SINAR BATU MINING", "PT. SINAR BATU MINING Tbk", 2, 1)], results.Companies);
        Assert.Equal([report, permit], results.Documents.Select(d => d.DocumentId));
        Assert.Equal(2, results.Documents[0].PageNumber);
        Assert.Equal(SearchSort.Date, results.Query.Sort);
        Assert.Equal([new FacetValue("CHN", 2, "nationality:CHN")], results.Facets.Nationalities);
        Assert.Equal(["2025", "2024"], results.Facets.Years.Select(y => y.Value));
    }
}
