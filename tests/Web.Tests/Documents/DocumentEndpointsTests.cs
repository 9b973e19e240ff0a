using System.Net;
using System.Net.Http.Json;
using DocArchive.Fixtures;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Extraction;
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
    public async Task Get_ReturnsTheExtractionRecordAndLinkedPersons_WhenTheDocumentIsExtracted()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var id = (await DocArchiveApplication.UploadAsync(client, ("kitas.pdf", DocumentModelTests.PermitPdf()))).Documents[0].DocumentId;

        var document = await DocArchiveApplication.WaitUntilFinishedAsync(client, id);

        var record = Assert.IsType<ExtractionRecord>(document.Record);
        Assert.Equal(DocumentTypes.Permit, record.DocumentType);
        var person = Assert.Single(record.Persons);
        Assert.Equal(
            ("ZHANG WEI", "E12345678", "CHN", new DateOnly(2026, 1, 9), new DateOnly(2030, 1, 1)),
            (person.Name, person.PassportNumber, person.Nationality, person.ExpiryDate, person.PassportExpiry));
        Assert.Equal((FieldSources.Mrz, 2), (record.Fields["passportNumber"].Source, record.Fields["passportNumber"].Page));
        Assert.Equal((FieldSources.Label, 1), (record.Fields["position"].Source, record.Fields["position"].Page));
        Assert.Equal(new FieldConflict("passportNumber", "E12345678", FieldSources.Mrz, "E12345679", FieldSources.Label), Assert.Single(record.Conflicts));
        Assert.Single(document.PersonIds);
        Assert.Null(document.ExtractionFailure);
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
