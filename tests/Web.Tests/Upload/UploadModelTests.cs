using System.Net;
using DocArchive.Fixtures;
using DocArchive.Ingest.Accounts;

namespace DocArchive.Web.Tests.Upload;

public sealed class UploadModelTests
{
    [Fact]
    public async Task Post_ShowsTheLimitInWords_WhenTheUploadIsTooLarge()
    {
        await using var app = new DocArchiveApplication(maxUploadBytes: 64 * 1024);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk);
        using var form = await FormAsync(client, ("besar.pdf", new byte[100 * 1024]));

        using var response = await client.PostAsync(new Uri("/upload", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Unggahan terlalu besar", html, StringComparison.Ordinal);
        Assert.Contains("paling banyak 0,1 MB", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ShowsTheFileNameAsText_WhenItHoldsMarkup()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk);
        var pdf = FixtureDocument.TextPdf(FixturePage.FromLines("Notulen"));
        using var form = await FormAsync(client, ("<img src=x onerror=alert(1)>.pdf", pdf));

        using var response = await client.PostAsync(new Uri("/upload", UriKind.Relative), form);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;.pdf", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SaysWhyAFileFailedInTheUsersLanguage_WithTheTechnicalDetailBehind()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk);
        using var indonesianForm = await FormAsync(client, ("catatan.txt", "bukan pindaian"u8.ToArray()));

        using var indonesian = await client.PostAsync(new Uri("/upload", UriKind.Relative), indonesianForm);
        (await DocArchiveApplication.SwitchLanguageAsync(client, "en", "/upload")).Dispose();
        using var englishForm = await FormAsync(client, ("catatan.txt", "bukan pindaian"u8.ToArray()));
        using var english = await client.PostAsync(new Uri("/upload", UriKind.Relative), englishForm);

        var indonesianHtml = await indonesian.Content.ReadAsStringAsync();
        Assert.Contains(
            "<td class=\"reason\" title=\"The file is not a PDF, TIFF, PNG or JPEG.\">Berkas bukan PDF, TIFF, PNG, atau JPEG.</td>",
            indonesianHtml,
            StringComparison.Ordinal);
        Assert.Contains("Berkas tidak dapat dibaca.", indonesianHtml, StringComparison.Ordinal);
        Assert.Contains(">The file is not a PDF, TIFF, PNG or JPEG.</td>", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_StoresNothing_WhenTheAntiforgeryTokenIsMissing()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk);
        var pdf = FixtureDocument.TextPdf(FixturePage.FromLines("Notulen"));
        using var form = new MultipartFormDataContent { { new ByteArrayContent(pdf), "files", "notulen.pdf" } };

        using var response = await client.PostAsync(new Uri("/upload", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Formulir kedaluwarsa", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(app.DataDir, "blobs")) && Directory.EnumerateFiles(Path.Combine(app.DataDir, "blobs"), "*", SearchOption.AllDirectories).Any());
    }

    private static async Task<MultipartFormDataContent> FormAsync(HttpClient client, (string Name, byte[] Bytes) file)
    {
        var token = await DocArchiveApplication.AntiforgeryTokenAsync(client, "/upload");
        return new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file.Bytes), "files", file.Name },
        };
    }
}
