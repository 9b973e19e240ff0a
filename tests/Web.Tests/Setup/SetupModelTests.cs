using System.Net;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Catalog;
using DocArchive.Web.Setup;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DocArchive.Web.Tests.Setup;

public sealed class SetupModelTests
{
    private const string AdminPassword = "kalimat sandi yang panjang";

    [Fact]
    public async Task SignIn_LeadsToTheSetupPage_WhileNoUserExists()
    {
        await using var app = new DocArchiveApplication();
        using var client = app.CreateAnonymousClient();

        using var signIn = await client.GetAsync(new Uri("/account/signin", UriKind.Relative));
        using var setup = await client.GetAsync(new Uri("/setup", UriKind.Relative));

        Assert.Equal("/setup", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        Assert.Contains("Buat administrator pertama", await setup.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_CreatesTheAdministratorSignedIn_WhenTheCodeIsTheOneTheServerPrinted()
    {
        await using var app = new DocArchiveApplication();
        using var client = app.CreateAnonymousClient();
        var code = app.Services.GetRequiredService<FirstRun>().Code;

        using var response = await PostAsync(client, code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal), "kepala");
        using var users = await client.GetAsync(new Uri("/admin/users", UriKind.Relative));
        using var again = await client.GetAsync(new Uri("/setup", UriKind.Relative));

        Assert.Equal("/admin/users", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<UserManager<ArchiveUser>>();
        Assert.Equal([ArchiveRoles.Admin], await manager.GetRolesAsync((await manager.FindByNameAsync("kepala"))!));
        Assert.Equal([AuditAction.SetupCompleted], await Actions(scope, "kepala"));
    }

    [Fact]
    public async Task Post_CreatesNobody_AndAuditsTheAttempt_WhenTheCodeIsWrong()
    {
        await using var app = new DocArchiveApplication();
        using var client = app.CreateAnonymousClient();

        using var response = await PostAsync(client, "AAAA-BBBB-CCCC", "penyusup");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Kode penyiapan salah", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<UserManager<ArchiveUser>>().Users.AnyAsync());
        Assert.Equal([AuditAction.SetupFailed], await Actions(scope, "penyusup"));
    }

    [Fact]
    public async Task Post_CreatesOneAdministrator_WhenTwoPeopleSendTheCodeAtOnce()
    {
        await using var app = new DocArchiveApplication();
        using var first = app.CreateAnonymousClient();
        using var second = app.CreateAnonymousClient();
        var code = app.Services.GetRequiredService<FirstRun>().Code;
        var firstToken = await DocArchiveApplication.AntiforgeryTokenAsync(first, "/setup");
        var secondToken = await DocArchiveApplication.AntiforgeryTokenAsync(second, "/setup");

        var answers = await Task.WhenAll(
            PostAsync(first, code, "pertama", firstToken),
            PostAsync(second, code, "kedua", secondToken));

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.NotFound], answers.Select(a => a.StatusCode).Order());
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<UserManager<ArchiveUser>>().Users.CountAsync());
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task Get_AnswersNotFound_WhenAUserWasCreatedOtherwise()
    {
        await using var app = new DocArchiveApplication();
        await app.CreateUserAsync(ArchiveRoles.Clerk);
        using var client = app.CreateAnonymousClient();

        using var setup = await client.GetAsync(new Uri("/setup", UriKind.Relative));
        using var signIn = await client.GetAsync(new Uri("/account/signin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, setup.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string code, string userName, string? token = null)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["code"] = code,
            ["userName"] = userName,
            ["password"] = AdminPassword,
            ["confirm"] = AdminPassword,
            ["__RequestVerificationToken"] = token ?? await DocArchiveApplication.AntiforgeryTokenAsync(client, "/setup"),
        });
        return await client.PostAsync(new Uri("/setup", UriKind.Relative), form);
    }

    private static Task<List<AuditAction>> Actions(AsyncServiceScope scope, string userName) =>
        scope.ServiceProvider.GetRequiredService<CatalogDbContext>().AuditEntries
            .Where(e => e.UserName == userName).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
}
