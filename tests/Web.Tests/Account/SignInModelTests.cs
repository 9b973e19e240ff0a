using System.Net;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Catalog;
using DocArchive.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DocArchive.Web.Tests.Account;

public sealed class SignInModelTests
{
    [Fact]
    public async Task Post_LocksTheAccount_AfterRepeatedWrongPasswords()
    {
        await using var app = new DocArchiveApplication();
        var userName = await app.CreateUserAsync(ArchiveRoles.Officer);
        using var client = app.CreateAnonymousClient();
        for (var i = 0; i < ArchiveIdentity.MaxFailedSignIns; i++)
        {
            using var wrong = await DocArchiveApplication.SignInAsync(client, userName, "not the password at all");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await DocArchiveApplication.SignInAsync(client, userName, DocArchiveApplication.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("Akun dikunci", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_IsRefused_WhenTheAntiforgeryTokenIsMissing()
    {
        await using var app = new DocArchiveApplication();
        var userName = await app.CreateUserAsync(ArchiveRoles.Officer);
        using var client = app.CreateAnonymousClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = userName, ["password"] = DocArchiveApplication.Password });

        using var response = await client.PostAsync(new Uri("/account/signin", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Post_RecordsEachAttemptInTheAuditLog_WhenOneFailsAndOneSucceeds()
    {
        await using var app = new DocArchiveApplication();
        var userName = await app.CreateUserAsync(ArchiveRoles.Officer);
        using var client = app.CreateAnonymousClient();

        using var wrong = await DocArchiveApplication.SignInAsync(client, userName, "not the password at all");
        using var right = await DocArchiveApplication.SignInAsync(client, userName, DocArchiveApplication.Password);

        await using var scope = app.Services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().AuditEntries
            .Where(e => e.UserName == userName).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal([AuditAction.SignInFailed, AuditAction.SignIn], entries);
    }

    [Fact]
    public async Task Post_SetsASecureHttpOnlyStrictCookie_WhenThePasswordIsRight()
    {
        await using var app = new DocArchiveApplication();
        var userName = await app.CreateUserAsync(ArchiveRoles.Officer);
        using var client = app.CreateAnonymousClient();

        using var response = await DocArchiveApplication.SignInAsync(client, userName, DocArchiveApplication.Password);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("docarchive.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}
