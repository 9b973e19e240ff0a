using System.Net;
using DocArchive.Ingest.Accounts;

namespace DocArchive.Web.Tests.Errors;

public sealed class ErrorModelTests
{
    [Theory]
    [InlineData("/documents/00000000-0000-0000-0000-000000000001")]
    [InlineData("/persons/999999")]
    [InlineData("/no/such/page")]
    public async Task Get_AnswersAPageInTheUsersLanguage_WhenWhatAPersonAskedForIsMissing(string path)
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);

        using var indonesian = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var switched = await DocArchiveApplication.SwitchLanguageAsync(client, "en", "/search");
        using var english = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, indonesian.StatusCode);
        Assert.Equal("text/html", indonesian.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Tidak ditemukan</h1>", await indonesian.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("href=\"/search\"", await indonesian.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, english.StatusCode);
        Assert.Contains("<h1>Not found</h1>", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AnswersProblemDetails_WhenTheApiIsAskedForSomethingMissing()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);

        using var response = await client.GetAsync(new Uri("/api/persons/999999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_SaysTheFormExpired_WhenItsTokenIsNoLongerValid()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Admin);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "baru",
            ["password"] = DocArchiveApplication.Password,
            ["__RequestVerificationToken"] = "CfDJ8-a-token-from-before-the-keys-changed",
        });

        using var response = await client.PostAsync(new Uri("/admin/users?handler=create", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Formulir sudah kedaluwarsa", html, StringComparison.Ordinal);
        Assert.Contains("Muat ulang halaman", html, StringComparison.Ordinal);
    }
}
