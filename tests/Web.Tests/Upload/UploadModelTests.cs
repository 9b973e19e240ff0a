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
    public async Task Post_TakesTheOtherFilesAndNamesTheOneTooLarge_WhenABatchHoldsOneOverTheLimit()
    {
        await using var app = new DocArchiveApplication(maxUploadBytes: 64 * 1024);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk);
        using var form = await FormAsync(client, ("pindaian-besar.pdf", new byte[100 * 1024]), ("surat.pdf", "not a pdf"u8.ToArray()));

        using var response = await client.PostAsync(new Uri("/upload", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("pindaian-besar.pdf tidak diunggah: berkas ini lebih besar dari batas 0,1 MB.", html, StringComparison.Ordinal);
        Assert.Matches("<tr data-document-id=\"[0-9a-f-]{36}\">\\s*<td class=\"file\">surat.pdf</td>", html);
    }

    [Fact]
    public async Task Get_ListsTheClerksOwnUploadsNewestFirst_AndNoOneElses()
    {
        await using var app = new DocArchiveApplication();
        using var clerk = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk);
        using var colleague = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk);
        await DocArchiveApplication.UploadAsync(clerk, ("kitas-lama.pdf", "not a pdf 1"u8.ToArray()));
        await DocArchiveApplication.UploadAsync(clerk, ("kitas-baru.pdf", "not a pdf 2"u8.ToArray()));
        await DocArchiveApplication.UploadAsync(colleague, ("milik-rekan.pdf", "not a pdf 3"u8.ToArray()));

        var html = await clerk.GetStringAsync(new Uri("/upload", UriKind.Relative));

        Assert.Contains("<h2>Unggahan saya</h2>", html, StringComparison.Ordinal);
        Assert.Contains("2 berkas, terbaru lebih dulu.", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("kitas-baru.pdf", StringComparison.Ordinal) < html.IndexOf("kitas-lama.pdf", StringComparison.Ordinal));
        Assert.Contains("<span class=\"status status-failed\">gagal</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("milik-rekan.pdf", html, StringComparison.Ordinal);
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
    public async Task Post_SaysWhyAFileFailedInTheUsersLanguageOnly()
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
            "<td class=\"reason\">Berkas bukan PDF, TIFF, PNG, atau JPEG.</td>",
            indonesianHtml,
            StringComparison.Ordinal);
        Assert.DoesNotContain("The file is not", indonesianHtml, StringComparison.Ordinal);
        Assert.Contains("<td class=\"reason\">The file is not a PDF, TIFF, PNG or JPEG.</td>", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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

    private static async Task<MultipartFormDataContent> FormAsync(HttpClient client, params (string Name, byte[] Bytes)[] files)
    {
        var token = await DocArchiveApplication.AntiforgeryTokenAsync(client, "/upload");
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, bytes) in files)
        {
            form.Add(new ByteArrayContent(bytes), "files", name);
        }

        return form;
    }
}
