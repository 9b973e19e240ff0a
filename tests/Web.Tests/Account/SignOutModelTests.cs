using System.Net;
using DocArchive.Ingest.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DocArchive.Web.Tests.Account;

public sealed class SignOutModelTests
{
    [Fact]
    public async Task Post_EndsTheSession_SoACopyOfTheCookieSavedBeforeIsRefused()
    {
        await using var app = new DocArchiveApplication();
        var userName = await app.CreateUserAsync(ArchiveRoles.Officer);
        using var browser = app.CreateAnonymousClient();
        using var signIn = await DocArchiveApplication.SignInAsync(browser, userName, DocArchiveApplication.Password);
        var saved = signIn.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("docarchive.auth=", StringComparison.Ordinal)).Split(';')[0];
        using var copy = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false,
        });
        copy.DefaultRequestHeaders.Add("Cookie", saved);
        using var before = await copy.GetAsync(new Uri("/search", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await DocArchiveApplication.AntiforgeryTokenAsync(browser, "/search"),
        });

        using var signOut = await browser.PostAsync(new Uri("/account/signout", UriKind.Relative), form);
        using var after = await copy.GetAsync(new Uri("/search", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/signin", after.Headers.Location?.AbsolutePath, StringComparison.OrdinalIgnoreCase);
    }
}
