using DocArchive.Ingest.Accounts;
using System.Net;
using System.Net.Http.Json;
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
}
