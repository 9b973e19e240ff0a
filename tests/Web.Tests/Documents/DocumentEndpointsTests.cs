using System.Net;
using System.Net.Http.Json;
using DocArchive.Fixtures;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Reading;
using DocArchive.Web.Documents;
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

    [Fact]
    public async Task Get_ListsWhatTheOriginalCarries_WhenItHasActiveContent()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var uploaded = await DocArchiveApplication.UploadAsync(
            client,
            ("skrip.pdf", FixtureActivePdf.Text(FixtureActiveContent.OpenActionJavaScript, Lines)),
            ("peluncur.pdf", FixtureActivePdf.Text(FixtureActiveContent.Launch, Lines)),
            ("lampiran.pdf", FixtureActivePdf.Text(FixtureActiveContent.FileAttachment, Lines)),
            ("biasa.pdf", FixtureActivePdf.Text(FixtureActiveContent.None, Lines)));

        var documents = new List<DocumentResponse>();
        foreach (var upload in uploaded.Documents)
        {
            documents.Add(await DocArchiveApplication.WaitUntilFinishedAsync(client, upload.DocumentId));
        }

        Assert.All(documents, d => Assert.Equal(DocumentStatus.Done, d.Status));
        Assert.Equal(
            [["javascript"], ["launch"], ["embeddedFiles"], []],
            documents.Select(d => d.ActiveContent.ToArray()));
        var json = await client.GetStringAsync(new Uri($"/api/documents/{documents[0].Id}", UriKind.Relative));
        Assert.Contains("\"activeContent\":[\"javascript\"]", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOriginal_ServesOnlyASandboxedAttachment_WhenTheOriginalCarriesActiveContent()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var pdf = FixtureActivePdf.Text(FixtureActiveContent.OpenActionJavaScript, Lines);
        var id = (await DocArchiveApplication.UploadAsync(client, ("skrip.pdf", pdf))).Documents[0].DocumentId;
        Assert.Equal(["javascript"], (await DocArchiveApplication.WaitUntilFinishedAsync(client, id)).ActiveContent);

        using var response = await client.GetAsync(new Uri($"/api/documents/{id}/original", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("sandbox", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_ReadsTheTextAndSearchFindsIt_WhenThePdfsTrailerHasNoSize()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var pdf = FixtureRawPdf.WithoutTrailerSize(FixtureDocument.TextPdf(FixturePage.FromLines(Lines)));
        Assert.Contains("E12345678", FixturePoppler.Text(pdf), StringComparison.Ordinal);
        var id = Assert.NotNull((await DocArchiveApplication.UploadAsync(client, ("tanpa-size.pdf", pdf))).Documents[0].DocumentId);

        var document = await DocArchiveApplication.WaitUntilFinishedAsync(client, id);
        var found = await client.GetStringAsync(new Uri("/api/search?q=E12345678", UriKind.Relative));

        Assert.Equal(DocumentStatus.Done, document.Status);
        Assert.Contains("E12345678", Assert.Single(document.Pages).Text, StringComparison.Ordinal);
        Assert.Contains(id.ToString(), found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_GivesAShortReasonWithoutTheParsersWords_WhenThePdfIsBroken()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var id = (await DocArchiveApplication.UploadAsync(client, ("rusak.pdf", FixtureDocument.Corrupt()))).Documents[0].DocumentId;

        var document = await DocArchiveApplication.WaitUntilFinishedAsync(client, id);
        var json = await client.GetStringAsync(new Uri($"/api/documents/{id}", UriKind.Relative));
        var page = await client.GetStringAsync(new Uri($"/documents/{id}", UriKind.Relative));
        var uploads = await client.GetStringAsync(new Uri("/upload", UriKind.Relative));

        Assert.Equal((DocumentStatus.Failed, ReadFailures.Corrupt), (document.Status, document.FailureCode));
        Assert.Equal("The file is damaged or truncated and cannot be opened.", document.FailureReason);
        Assert.Contains("<td class=\"reason\">Berkas rusak atau terpotong sehingga tidak dapat dibuka.</td>", uploads, StringComparison.Ordinal);
        Assert.Contains("<span class=\"reason\">Berkas rusak atau terpotong sehingga tidak dapat dibuka.</span>", page, StringComparison.Ordinal);
        foreach (var said in new[] { json, page, uploads })
        {
            Assert.All(["UglyToad", "PdfPig", "Exception", "HexToken", "Dictionary", "xref", "trailer"], word => Assert.DoesNotContain(word, said, StringComparison.Ordinal));
        }
    }

    private static readonly string[] Lines =
        ["KARTU IZIN TINGGAL TERBATAS", "Nama Lengkap: ZHANG WEI", "Nomor Paspor: E12345678", "Kewarganegaraan: TIONGKOK", "Berlaku sampai: 01-01-2030"];
}
