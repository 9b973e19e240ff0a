using DocArchive.Ingest.Accounts;
using DocArchive.Fixtures;

namespace DocArchive.Web.Tests.Documents;

public sealed class DocumentModelTests
{
    [Fact]
    public async Task Get_ShowsTheFileNameEscaped_WhenItHoldsHtml()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        const string name = "<img src=x onerror=alert(1)>.pdf";
        var pdf = FixtureDocument.TextPdf(FixturePage.FromLines("Berita acara"));
        var uploaded = await DocArchiveApplication.UploadAsync(client, (name, pdf));

        var page = await client.GetStringAsync(new Uri($"/documents/{uploaded.Documents[0].DocumentId}", UriKind.Relative));
        var list = await client.GetStringAsync(new Uri("/documents", UriKind.Relative));

        foreach (var html in new[] { page, list })
        {
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.Contains("&lt;img src=x onerror=alert(1)&gt;.pdf", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_Returns404_WhenTheIdIsUnknown()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);

        using var response = await client.GetAsync(new Uri($"/documents/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
