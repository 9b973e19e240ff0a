using System.Net;

namespace DocArchive.Web.Tests;

public sealed class WebHostExtensionsTests
{
    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    [InlineData("/js/site.js", "text/javascript")]
    public async Task Get_ServesTheIconAndScript_WithoutSigningIn(string path, string type)
    {
        await using var app = new DocArchiveApplication();
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
    }
}
