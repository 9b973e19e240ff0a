using System.Net;
using System.Text.RegularExpressions;

namespace DocArchive.Tools.Commands;

/// <summary>
/// Signs in to a node through its sign-in form, as a browser does. Over the plain http a node answers on locally, a
/// cookie container keeps the secure sign-in cookie back, so the cookies travel as a header the caller sends itself.
/// </summary>
public static partial class NodeSignIn
{
    /// <summary>The <c>Cookie</c> header value of a session of <paramref name="userName"/> on the node at <paramref name="node"/>.</summary>
    public static async Task<string> CookieAsync(HttpClient http, Uri node, string userName, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var page = await http.GetAsync(new Uri(node, "/account/signin"), cancellationToken);
        var html = await page.Content.ReadAsStringAsync(cancellationToken);
        var token = FormToken(html)
            ?? throw new InvalidOperationException($"{node} answered its sign-in page without an antiforgery token ({(int)page.StatusCode}).");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(node, "/account/signin")) { Content = form };
        post.Headers.Add("Cookie", Cookies(page));
        using var signedIn = await http.SendAsync(post, cancellationToken);
        return signedIn.StatusCode == HttpStatusCode.Redirect
            ? Cookies(signedIn)
            : throw new InvalidOperationException($"{node} refused the sign-in of {userName} ({(int)signedIn.StatusCode}).");
    }

    /// <summary>
    /// A request of the session whose <c>Cookie</c> header is <paramref name="cookie"/>, sent as the archive's own pages send
    /// theirs: naming the node's origin, without which the node refuses a change through the API.
    /// </summary>
    public static HttpRequestMessage Request(HttpMethod method, Uri uri, string cookie, HttpContent? content = null)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var request = new HttpRequestMessage(method, uri) { Content = content };
        request.Headers.Add("Cookie", cookie);
        request.Headers.Add("Origin", uri.GetLeftPart(UriPartial.Authority));
        return request;
    }

    /// <summary>The antiforgery token of the first form in <paramref name="html"/>, or null when it has none.</summary>
    public static string? FormToken(string html) =>
        TokenPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>The name=value pairs of the cookies a response sets.</summary>
    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.Select(c => c.Split(';')[0]) : []);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
