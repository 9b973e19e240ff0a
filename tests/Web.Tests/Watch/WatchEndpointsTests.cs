using System.Net;
using System.Net.Http.Json;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Register.Watch;
using Microsoft.AspNetCore.Mvc;

namespace DocArchive.Web.Tests.Watch;

public sealed class WatchEndpointsTests
{
    [Fact]
    public async Task Get_ReturnsWhatTheWatchShows_WhenTheWindowIsGiven()
    {
        await using var app = new DocArchiveApplication();
        var archive = await ArchiveScenario.SeedAsync(app);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);

        var watch = (await client.GetFromJsonAsync<WatchList>("/api/watch?days=90", DocArchiveApplication.Json))!;

        Assert.Equal((archive.Today, 90, 1, 2), (watch.AsOf, watch.Days, watch.Expired, watch.Expiring));
        Assert.Equal(
            [(ArchiveScenario.CompanyKey, new[] { archive.Kim, archive.Zhang }), ("CAHAYA MAKMUR MINERALS", [archive.Li])],
            watch.ByEmployer.Select(g => (g.Key!, g.Entries.Select(e => e.PersonId).ToArray())));
        Assert.Equal([("Kota Jambi", 2), (null, 1)], watch.ByLocation.Select(g => (g.Name, g.Entries.Count)));
        Assert.Equal(archive.Permit, watch.ByEmployer[0].Entries[1].DocumentId);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("367")]
    [InlineData("sebulan")]
    public async Task Get_Returns400ProblemDetails_WhenTheWindowIsNotADayCountUpToAYear(string days)
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);

        using var response = await client.GetAsync(new Uri($"/api/watch?days={days}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Window not understood", (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Title);
    }
}
