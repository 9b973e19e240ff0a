using DocArchive.Ingest.Accounts;
using System.Net;
using System.Net.Http.Json;
using DocArchive.Fixtures;
using Microsoft.AspNetCore.Mvc;

namespace DocArchive.Web.Tests.Documents;

public sealed class DocumentEndpointsTests
{
    [Fact]
    public async Task Get_Returns404ProblemDetails_WhenTheIdIsUnknown()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);

        using var response = await client.GetAsync(new Uri($"/api/documents/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Document not found", (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Title);
    }

    [Fact]
    public async Task GetOriginal_ReturnsTheUploadedBytes_WhenTheDocumentExists()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var pdf = FixtureDocument.TextPdf(FixturePage.FromLines("Surat keputusan"));
        var uploaded = await DocArchiveApplication.UploadAsync(client, ("keputusan.pdf", pdf));

        using var response = await client.GetAsync(new Uri($"/api/documents/{uploaded.Documents[0].DocumentId}/original", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("keputusan.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
    }
}
