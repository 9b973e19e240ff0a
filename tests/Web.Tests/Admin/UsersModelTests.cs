using System.Net;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Catalog;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DocArchive.Web.Tests.Admin;

public sealed class UsersModelTests
{
    [Fact]
    public async Task PostDisable_RefusesTheSignInAndEndsTheSession_WhenAnAdminDisablesAUser()
    {
        await using var app = new DocArchiveApplication();
        var officerName = await app.CreateUserAsync(ArchiveRoles.Officer);
        using var officer = app.CreateAnonymousClient();
        (await DocArchiveApplication.SignInAsync(officer, officerName, DocArchiveApplication.Password)).Dispose();
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(new Uri("/watch", UriKind.Relative))).StatusCode);
        using var admin = await app.CreateSignedInClientAsync(ArchiveRoles.Admin);

        var page = await PostAsync(app, admin, "Disable", officerName);
        using var later = await officer.GetAsync(new Uri("/watch", UriKind.Relative));
        using var again = app.CreateAnonymousClient();
        using var signIn = await DocArchiveApplication.SignInAsync(again, officerName, DocArchiveApplication.Password);
        using var wrong = await DocArchiveApplication.SignInAsync(app.CreateAnonymousClient(), officerName, "not the password at all");

        Assert.Contains("Pengguna dinonaktifkan; sesinya sudah diakhiri.", page, StringComparison.Ordinal);
        Assert.Contains("dinonaktifkan sejak", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        Assert.StartsWith("/account/signin", later.Headers.Location?.AbsolutePath, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.Contains("Akun ini dinonaktifkan. Hubungi admin.", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("dinonaktifkan", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var audited = await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().AuditEntries
            .Where(e => e.Action == AuditAction.UserChanged).Select(e => e.Target).ToListAsync();
        Assert.Equal([$"{officerName}: disabled"], audited);
    }

    [Fact]
    public async Task PostEnable_LetsTheUserSignInAgain_WhenTheyWereDisabled()
    {
        await using var app = new DocArchiveApplication();
        var officerName = await app.CreateUserAsync(ArchiveRoles.Officer);
        using var admin = await app.CreateSignedInClientAsync(ArchiveRoles.Admin);

        await PostAsync(app, admin, "Disable", officerName);
        await PostAsync(app, admin, "Enable", officerName);
        using var signIn = await DocArchiveApplication.SignInAsync(app.CreateAnonymousClient(), officerName, DocArchiveApplication.Password);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task PostEndSessions_SignsTheUserOutEverywhere_AndAuditsIt()
    {
        await using var app = new DocArchiveApplication();
        var officerName = await app.CreateUserAsync(ArchiveRoles.Officer);
        using var officer = app.CreateAnonymousClient();
        (await DocArchiveApplication.SignInAsync(officer, officerName, DocArchiveApplication.Password)).Dispose();
        using var before = await officer.GetAsync(new Uri("/watch", UriKind.Relative));
        using var admin = await app.CreateSignedInClientAsync(ArchiveRoles.Admin);

        var page = await PostAsync(app, admin, "EndSessions", officerName);
        using var after = await officer.GetAsync(new Uri("/watch", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains("Semua sesi pengguna diakhiri", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/signin", after.Headers.Location?.AbsolutePath, StringComparison.OrdinalIgnoreCase);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().AuditEntries
            .AnyAsync(e => e.Action == AuditAction.UserChanged && e.Target == $"{officerName}: sessions ended"));
    }

    [Fact]
    public async Task PostRoles_RefusesACookieSavedBefore_WhenTheUsersRolesChange()
    {
        await using var app = new DocArchiveApplication();
        var officerName = await app.CreateUserAsync(ArchiveRoles.Officer);
        using var officer = app.CreateAnonymousClient();
        (await DocArchiveApplication.SignInAsync(officer, officerName, DocArchiveApplication.Password)).Dispose();
        using var before = await officer.GetAsync(new Uri("/watch", UriKind.Relative));
        using var admin = await app.CreateSignedInClientAsync(ArchiveRoles.Admin);

        await PostAsync(app, admin, "Roles", officerName, ArchiveRoles.Clerk);
        using var after = await officer.GetAsync(new Uri("/watch", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/signin", after.Headers.Location?.AbsolutePath, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string> PostAsync(DocArchiveApplication app, HttpClient admin, string handler, string userName, params string[] roles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ArchiveUser>>().FindByNameAsync(userName);
        using var form = new FormUrlEncodedContent(
        [
            new("userId", user!.Id),
            new("__RequestVerificationToken", await DocArchiveApplication.AntiforgeryTokenAsync(admin, "/admin/users")),
            .. roles.Select(role => new KeyValuePair<string, string>("roles", role)),
        ]);
        using var response = await admin.PostAsync(new Uri($"/admin/users?handler={handler}", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

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
        Assert.Contains("The password must have at least 12 characters.", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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
