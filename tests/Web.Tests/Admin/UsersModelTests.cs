using System.Net;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Catalog;
using DocArchive.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Tests.Admin;

public sealed class UsersModelTests
{
    [Fact]
    public async Task PostDisable_RefusesTheSignInAndEndsTheSession_WhenAnAdminDisablesAUser()
    {
        await using var host = new DocArchiveApplication();
        // The session check runs at every request here, as it does once a minute in service.
        await using var app = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero)));
        var officerName = await CreateUserAsync(app, ArchiveRoles.Officer);
        using var officer = Client(app);
        (await DocArchiveApplication.SignInAsync(officer, officerName, DocArchiveApplication.Password)).Dispose();
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(new Uri("/watch", UriKind.Relative))).StatusCode);
        using var admin = Client(app);
        (await DocArchiveApplication.SignInAsync(admin, await CreateUserAsync(app, ArchiveRoles.Admin), DocArchiveApplication.Password)).Dispose();

        var page = await PostAsync(app, admin, "Disable", officerName);
        using var later = await officer.GetAsync(new Uri("/watch", UriKind.Relative));
        using var again = Client(app);
        using var signIn = await DocArchiveApplication.SignInAsync(again, officerName, DocArchiveApplication.Password);
        using var wrong = await DocArchiveApplication.SignInAsync(Client(app), officerName, "not the password at all");

        Assert.Contains("Pengguna dinonaktifkan; sesinya berakhir dalam satu menit.", page, StringComparison.Ordinal);
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
    public void SessionCheck_RunsAtLeastOnceAMinute_WhenServing()
    {
        using var app = new DocArchiveApplication();

        Assert.True(app.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval <= TimeSpan.FromMinutes(1));
    }

    private static async Task<string> CreateUserAsync(WebApplicationFactory<Program> app, string role)
    {
        var userName = $"user{Guid.NewGuid():N}"[..12];
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<ArchiveAccounts>().CreateAsync(userName, DocArchiveApplication.Password, [role]));
        return userName;
    }

    private static HttpClient Client(WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    private static async Task<string> PostAsync(WebApplicationFactory<Program> app, HttpClient admin, string handler, string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ArchiveUser>>().FindByNameAsync(userName);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userId"] = user!.Id,
            ["__RequestVerificationToken"] = await DocArchiveApplication.AntiforgeryTokenAsync(admin, "/admin/users"),
        });
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
