using System.Net;

namespace DocArchive.Web.Security;

/// <summary>
/// Tells a page opened over plain HTTP from another machine (<c>http://arsip-kantor:5000</c>), where passwords and
/// personal data cross the office network unencrypted, from HTTPS or this machine's own browser.
/// </summary>
public static class PlainHttp
{
    public static bool IsExposed(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.IsHttps)
        {
            return false;
        }

        var host = request.Host.Host;
        return !string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) &&
               !(IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }
}
