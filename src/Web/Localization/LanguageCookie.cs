using DocArchive.Ingest.Accounts;
using Microsoft.AspNetCore.Localization;

namespace DocArchive.Web.Localization;

/// <summary>The cookie that remembers the interface language in the browser (the user's record remembers it too).</summary>
public static class LanguageCookie
{
    public const string Name = "docarchive.lang";

    public static void Write(HttpResponse response, string language)
    {
        ArgumentNullException.ThrowIfNull(response);
        var normalized = ArchiveLanguages.Normalize(language);
        response.Cookies.Append(
            Name,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(normalized)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                HttpOnly = true,
                Secure = response.HttpContext.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
            });
    }
}
