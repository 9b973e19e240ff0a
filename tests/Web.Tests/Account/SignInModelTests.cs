using System.Net;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Catalog;
using DocArchive.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DocArchive.Web.Tests.Account;

/// <summary>Runs alone: one test compares how long two kinds of failed sign-in take.</summary>
[Collection(MeasurementCollection.Name)]
public sealed class SignInModelTests
{
    [Fact]
    public async Task Post_LocksTheAccount_AfterRepeatedWrongPasswords_AndAnswersAsAnUnknownNameIsAnswered()
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
        using var unknown = await DocArchiveApplication.SignInAsync(client, "nobodyatall", DocArchiveApplication.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal(Message(await unknown.Content.ReadAsStringAsync()), Message(await right.Content.ReadAsStringAsync()));
        Assert.Contains("akun dikunci 15 menit", Message(await right.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal("locked out", await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().AuditEntries
            .Where(e => e.UserName == userName).OrderBy(e => e.Id).Select(e => e.Target).LastAsync());
    }

    [Fact]
    public async Task Post_TakesAsLongForAnUnknownNameAsForAWrongPassword()
    {
        await using var app = new DocArchiveApplication();
        var userName = await app.CreateUserAsync(ArchiveRoles.Officer);
        using var client = app.CreateAnonymousClient();
        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                // Wrong passwords for the real user, never enough in a row to lock the account.
                await scope.ServiceProvider.GetRequiredService<ArchiveAccounts>().UnlockAsync(
                    (await scope.ServiceProvider.GetRequiredService<UserManager<ArchiveUser>>().FindByNameAsync(userName))!);
            }

            known.Add(await TimeAsync(client, userName));
            unknown.Add(await TimeAsync(client, $"nobody{i}"));
        }

        // The fastest of the tries is each answer's own cost, whatever else the machine is doing meanwhile.
        var (fastestKnown, fastestUnknown) = (known.Min(), unknown.Min());
        Assert.True(Math.Abs(fastestKnown - fastestUnknown) < Math.Max(10, fastestKnown / 4),
            $"{fastestKnown:F1} ms for a wrong password, {fastestUnknown:F1} ms for an unknown name (fastest of 20 each)");
    }

    private static async Task<double> TimeAsync(HttpClient client, string userName)
    {
        var token = await DocArchiveApplication.AntiforgeryTokenAsync(client, "/account/signin");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = "not the password at all",
            ["__RequestVerificationToken"] = token,
        });
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var response = await client.PostAsync(new Uri("/account/signin", UriKind.Relative), form);
        watch.Stop();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>The refusal shown above the sign-in form.</summary>
    private static string Message(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "<div class=\"error\">(.*?)</div>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;

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
