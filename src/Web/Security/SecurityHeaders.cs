using DocArchive.Web.Jobs;

namespace DocArchive.Web.Security;

/// <summary>
/// Headers on every answer that keep the browser strict: scripts and styles only from the archive itself (no inline
/// script anywhere), no framing, no MIME sniffing, no referrer leaving the site.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The job dashboard is Hangfire's own page, with inline styles and scripts; admins only.</summary>
    public const string DashboardContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(JobDashboardExtensions.Path, StringComparison.OrdinalIgnoreCase)
                ? DashboardContentSecurityPolicy
                : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            if (!PlainHttp.IsExposed(context.Request))
            {
                // A browser ignores it, with a console error, on a page from an untrustworthy (plain HTTP) origin.
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
            }

            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return next(context);
        });
    }
}
