using System.Net;
using DocArchive.Ingest.Accounts;
using DocArchive.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DocArchive.Web.Tests.Security;

public sealed class PlainHttpTests
{
    [Theory]
    [InlineData("http", "arsip-kantor:5000", true)]
    [InlineData("http", "192.168.1.20:5000", true)]
    [InlineData("http", "localhost:5000", false)]
    [InlineData("http", "127.0.0.1:5000", false)]
    [InlineData("http", "[::1]:5000", false)]
    [InlineData("https", "arsip-kantor", false)]
    public void IsExposed_IsTrueOnlyForPlainHttpFromAnotherMachine(string scheme, string host, bool exposed)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = scheme;
        context.Request.Host = new HostString(host);

        Assert.Equal(exposed, PlainHttp.IsExposed(context.Request));
    }

    [Fact]
    public async Task SignIn_KeepsTheUserSignedIn_AndWarns_WhenTheArchiveIsOpenedOverPlainHttpByHostName()
    {
        await using var app = new DocArchiveApplication();
        var userName = await app.CreateUserAsync(ArchiveRoles.Officer);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://arsip-kantor:5000"), AllowAutoRedirect = false });

        using var signIn = await DocArchiveApplication.SignInAsync(client, userName, DocArchiveApplication.Password);
        using var search = await client.GetAsync(new Uri("/search", UriKind.Relative));

        Assert.DoesNotContain(signIn.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Contains("class=\"banner warning\"", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_SetsASecureCookie_WhenAProxyOnThisMachineSaysTheBrowserUsedHttps()
    {
        await using var app = new DocArchiveApplication();
        var userName = await app.CreateUserAsync(ArchiveRoles.Officer);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://arsip-kantor"), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        using var signIn = await DocArchiveApplication.SignInAsync(client, userName, DocArchiveApplication.Password);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("docarchive.auth", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }
}
