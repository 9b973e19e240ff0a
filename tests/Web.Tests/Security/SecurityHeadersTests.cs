using DocArchive.Ingest.Accounts;

namespace DocArchive.Web.Tests.Security;

public sealed class SecurityHeadersTests
{
    [Theory]
    [InlineData("/account/signin")]
    [InlineData("/upload")]
    public async Task Response_CarriesStrictHeaders_OnEveryPage(string path)
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("<script>|<script [^>]*>[^<]", html);
        Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
    }
}
