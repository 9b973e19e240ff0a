using System.Net;
using DocArchive.Ingest.Accounts;

namespace DocArchive.Web.Tests.Admin;

public sealed class UsersModelTests
{
    [Fact]
    public async Task PostCreate_SaysWhyTheUserWasNotCreated_InTheAdminsLanguage()
    {
        await using var app = new DocArchiveApplication();
        var taken = await app.CreateUserAsync(ArchiveRoles.Clerk);
        using var admin = await app.CreateSignedInClientAsync(ArchiveRoles.Admin);

        using var indonesian = await CreateAsync(admin, taken, "correct horse battery staple");
        (await DocArchiveApplication.SwitchLanguageAsync(admin, "en", "/admin/users")).Dispose();
        using var english = await CreateAsync(admin, "pendek", "pendek");

        Assert.Equal(HttpStatusCode.BadRequest, indonesian.StatusCode);
        var indonesianHtml = await indonesian.Content.ReadAsStringAsync();
        Assert.Contains($"Nama pengguna &#x27;{taken}&#x27; sudah dipakai.", indonesianHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("is already taken", indonesianHtml, StringComparison.Ordinal);
        Assert.Contains("mengunggah pindaian dan mengikuti statusnya", indonesianHtml, StringComparison.Ordinal);
        Assert.Contains("The password must have at least 10 characters.", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> CreateAsync(HttpClient admin, string userName, string password)
    {
        var token = await DocArchiveApplication.AntiforgeryTokenAsync(admin, "/admin/users");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["userName"] = userName,
            ["password"] = password,
            ["roles"] = ArchiveRoles.Clerk,
        });
        return await admin.PostAsync(new Uri("/admin/users?handler=Create", UriKind.Relative), form);
    }
}
