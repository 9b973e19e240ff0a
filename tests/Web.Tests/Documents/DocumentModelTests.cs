using DocArchive.Fixtures;
using DocArchive.Ingest.Accounts;

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

    [Fact]
    public async Task Get_ShowsPageTextAsText_WhenItHoldsScript()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var pdf = FixtureDocument.TextPdf(FixturePage.FromLines("Catatan <script>alert(1)</script> selesai"));
        var id = (await DocArchiveApplication.UploadAsync(client, ("catatan.pdf", pdf))).Documents[0].DocumentId;
        await DocArchiveApplication.WaitUntilFinishedAsync(client, id);

        var page = await client.GetStringAsync(new Uri($"/documents/{id}", UriKind.Relative));
        var search = await client.GetStringAsync(new Uri("/search?q=catatan", UriKind.Relative));

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", search, StringComparison.Ordinal);
    }
}
