using System.Net;
using System.Net.Http.Json;
using DocArchive.Fixtures;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Reading;
using DocArchive.Search.Querying;
using DocArchive.Web.Upload;
using Microsoft.AspNetCore.Mvc;

namespace DocArchive.Web.Tests.Upload;

public sealed class UploadEndpointsTests
{
    [Fact]
    public async Task Upload_MakesEveryPageSearchable_WhenATextPdfAndAScanAreUploaded()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var pdf = FixtureDocument.TextPdf(
            FixturePage.FromLines("LAPORAN HASIL PEMANTAUAN ORANG ASING"),
            FixturePage.FromLines("Nama ZHANG WEI", "Perusahaan PT Sinar Batu Mining"));
        var png = FixtureEncode.Png(FixtureRaster.RenderLines(300, "KEPUTUSAN MENTERI KETENAGAKERJAAN", "Kewarganegaraan Tiongkok"));

        var uploaded = await DocArchiveApplication.UploadAsync(client, ("laporan.pdf", pdf), ("keputusan.png", png));
        var report = await DocArchiveApplication.WaitUntilFinishedAsync(client, uploaded.Documents[0].DocumentId);
        var decision = await DocArchiveApplication.WaitUntilFinishedAsync(client, uploaded.Documents[1].DocumentId);

        Assert.True(report.Status == DocumentStatus.Done, report.FailureReason);
        Assert.Equal(2, report.PageCount);
        Assert.True(decision.Status == DocumentStatus.Done, decision.FailureReason);
        var sinar = await client.GetFromJsonAsync<SearchResults>("/api/search?q=Sinar", DocArchiveApplication.Json);
        var hit = Assert.Single(sinar!.Documents);
        Assert.Equal(report.Id, hit.DocumentId);
        Assert.Equal(2, hit.PageNumber);
        var tiongkok = await client.GetFromJsonAsync<SearchResults>("/api/search?q=kewarganegaraan", DocArchiveApplication.Json);
        Assert.Equal(decision.Id, Assert.Single(tiongkok!.Documents).DocumentId);
    }

    [Fact]
    public async Task Upload_ReturnsTheExistingId_WhenTheSameFileIsUploadedAgain()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var pdf = FixtureDocument.TextPdf(FixturePage.FromLines("Notulen rapat koordinasi Timpora"));

        var first = await DocArchiveApplication.UploadAsync(client, ("notulen.pdf", pdf));
        var second = await DocArchiveApplication.UploadAsync(client, ("notulen (1).pdf", pdf));

        Assert.False(first.Documents[0].Duplicate);
        Assert.True(second.Documents[0].Duplicate);
        Assert.Equal(first.Documents[0].DocumentId, second.Documents[0].DocumentId);
        Assert.Equal("notulen (1).pdf", second.Documents[0].FileName);
    }

    [Fact]
    public async Task Upload_SaysOnlyAlreadyInTheArchive_WhenAnotherClerkUploadedTheSameFile()
    {
        await using var app = new DocArchiveApplication();
        using var first = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk);
        using var second = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk);
        var pdf = FixtureDocument.TextPdf(FixturePage.FromLines("Izin tinggal terbatas ZHANG WEI"));
        var theirs = await DocArchiveApplication.UploadAsync(first, ("itas-zhang-wei.pdf", pdf));

        using var form = new MultipartFormDataContent { { new ByteArrayContent(pdf), "files", "pindaian.pdf" } };
        using var response = await second.PostAsync(new Uri("/api/documents", UriKind.Relative), form);
        var json = await response.Content.ReadAsStringAsync();
        using var page = await second.GetAsync(new Uri("/upload", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var told = Assert.Single(System.Text.Json.JsonSerializer.Deserialize<UploadResponse>(json, DocArchiveApplication.Json)!.Documents);
        Assert.Equal(new UploadedFile(null, "pindaian.pdf", null, null, null, Duplicate: true), told);
        Assert.DoesNotContain("zhang", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(theirs.Documents[0].DocumentId!.Value.ToString(), json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("zhang", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Upload_EndsFailedWithAReason_WhenFilesCannotBeRead()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var readable = FixtureDocument.TextPdf(FixturePage.FromLines("Izin tinggal terbatas"));

        var uploaded = await DocArchiveApplication.UploadAsync(
            client,
            ("kosong.pdf", FixtureDocument.ZeroByte()),
            ("rusak.pdf", FixtureDocument.Corrupt()),
            ("rahasia.pdf", FixtureDocument.Encrypted(readable)),
            ("surat.pdf", "PK\u0003\u0004 not a pdf at all"u8.ToArray()));

        foreach (var document in uploaded.Documents)
        {
            var finished = await DocArchiveApplication.WaitUntilFinishedAsync(client, document.DocumentId);
            Assert.Equal(DocumentStatus.Failed, finished.Status);
            Assert.False(string.IsNullOrWhiteSpace(finished.FailureReason), $"{finished.FileName} failed without a reason.");
        }
    }

    [Fact]
    public async Task Upload_Returns413ProblemDetails_WhenLargerThanTheLimit()
    {
        await using var app = new DocArchiveApplication(maxUploadBytes: 64 * 1024);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[100 * 1024]), "files", "besar.pdf" } };

        using var response = await client.PostAsync(new Uri("/api/documents", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal(413, problem!.Status);
        Assert.Contains("besar.pdf", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("0,1 MB", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_RefusesOnlyTheFileOverTheLimitByName_WhenABatchHoldsOneTooLarge()
    {
        await using var app = new DocArchiveApplication(maxUploadBytes: 64 * 1024);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var pdf = FixtureDocument.TextPdf(FixturePage.FromLines("Notulen rapat koordinasi Timpora"));

        var uploaded = await DocArchiveApplication.UploadAsync(client, ("besar.pdf", new byte[100 * 1024]), ("notulen.pdf", pdf));

        var refused = Assert.Single(uploaded.Refused);
        Assert.Equal("besar.pdf", refused.FileName);
        Assert.Equal("besar.pdf tidak diunggah: berkas ini lebih besar dari batas 0,1 MB.", refused.Reason);
        var taken = Assert.Single(uploaded.Documents);
        Assert.Equal("notulen.pdf", taken.FileName);
        Assert.Equal(DocumentStatus.Done, (await DocArchiveApplication.WaitUntilFinishedAsync(client, taken.DocumentId)).Status);
    }

    [Fact]
    public async Task Uploads_ListAndShowOnlyTheClerksOwn_WhenTwoClerksUpload()
    {
        await using var app = new DocArchiveApplication();
        using var first = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk);
        using var second = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk);
        var mine = (await DocArchiveApplication.UploadAsync(first, ("surat-a.pdf", "not a pdf A"u8.ToArray()), ("surat-b.pdf", "not a pdf B"u8.ToArray())))
            .Documents;
        var theirs = (await DocArchiveApplication.UploadAsync(second, ("surat-c.pdf", "not a pdf C"u8.ToArray()))).Documents[0];

        var listed = (await first.GetFromJsonAsync<UploadPage>("/api/uploads", DocArchiveApplication.Json))!;
        var own = await first.GetFromJsonAsync<UploadStatus>($"/api/uploads/{mine[0].DocumentId}", DocArchiveApplication.Json);
        using var other = await first.GetAsync(new Uri($"/api/uploads/{theirs.DocumentId}", UriKind.Relative));

        Assert.Equal(2, listed.Total);
        Assert.Equal(["surat-b.pdf", "surat-a.pdf"], listed.Items.Select(i => i.FileName));
        Assert.All(listed.Items, i => Assert.Equal(DocumentStatus.Failed, i.Status));
        Assert.Equal("Berkas bukan PDF, TIFF, PNG, atau JPEG.", listed.Items[0].FailureReason);
        Assert.Equal(ReadFailures.Describe(ReadFailures.UnknownKind), listed.Items[0].FailureDetail);
        Assert.Equal("surat-a.pdf", own!.FileName);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal("Unggahan tidak ditemukan", (await other.Content.ReadFromJsonAsync<ProblemDetails>())!.Title);
    }

    [Fact]
    public async Task Upload_EndsFailedTooLarge_WhenAnImageHasMorePixelsThanAllowed()
    {
        await using var app = new DocArchiveApplication(maxPagePixels: 10_000);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var png = FixtureEncode.Png(FixtureRaster.RenderLines(300, "KARTU IZIN TINGGAL TERBATAS"));

        var uploaded = await DocArchiveApplication.UploadAsync(client, ("besar.png", png));
        var document = await DocArchiveApplication.WaitUntilFinishedAsync(client, uploaded.Documents[0].DocumentId);

        Assert.Equal(DocumentStatus.Failed, document.Status);
        Assert.Equal((ReadFailures.TooLarge, ReadFailures.Describe(ReadFailures.TooLarge)), (document.FailureCode, document.FailureReason));
    }

    [Fact]
    public async Task Upload_KeepsTheNameAsDataOnly_WhenItHoldsPathsAndControlCharacters()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var pdf = FixtureDocument.TextPdf(FixturePage.FromLines("Surat izin"));

        var uploaded = await DocArchiveApplication.UploadAsync(client, ("../../outside\\..\\pass\u0007w\u001bd.pdf", pdf));
        var document = await DocArchiveApplication.WaitUntilFinishedAsync(client, uploaded.Documents[0].DocumentId);

        Assert.Equal("passwd.pdf", document.FileName);
        var parent = Path.GetDirectoryName(app.DataDir)!;
        Assert.False(File.Exists(Path.Combine(parent, "outside")));
        Assert.DoesNotContain(Directory.EnumerateFiles(app.DataDir, "*", SearchOption.AllDirectories), f => f.Contains("passwd", StringComparison.Ordinal));
    }
}
