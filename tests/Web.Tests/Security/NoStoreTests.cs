using DocArchive.Ingest.Accounts;

namespace DocArchive.Web.Tests.Security;

public sealed class NoStoreTests
{
    [Theory]
    [InlineData("/search?q=zhang")]
    [InlineData("/api/search?q=zhang")]
    [InlineData("/persons/00000000-0000-0000-0000-000000000001")]
    [InlineData("/watch")]
    [InlineData("/api/watch")]
    [InlineData("/statistics")]
    [InlineData("/api/statistics")]
    [InlineData("/export?q=zhang&handler=file")]
    public async Task Response_IsKeptInNoCache_WhenItMayCarryPersonalData(string path)
    {
        await using var app = new DocArchiveApplication();
        var archive = await ArchiveScenario.SeedAsync(app);
        await archive.IndexAsync(app);
        using var analyst = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);

        using var response = await analyst.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Stylesheet_MayBeCached_SinceItHoldsNothingPersonal()
    {
        await using var app = new DocArchiveApplication();
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync(new Uri("/css/site.css", UriKind.Relative));

        Assert.Null(response.Headers.CacheControl);
        Assert.True(response.IsSuccessStatusCode);
    }
}
