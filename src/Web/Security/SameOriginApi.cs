using DocArchive.Web.Audit;
using DocArchive.Web.Localization;

namespace DocArchive.Web.Security;

/// <summary>
/// Takes a change through the API (<c>POST</c>, <c>PUT</c>, <c>PATCH</c>, <c>DELETE</c> under <c>/api</c>) made with the
/// sign-in cookie only from the archive's own pages: the request must name the archive's own origin
/// (<c>Origin: https://arsip.kantor</c>, after a trusted proxy's <c>X-Forwarded-Proto</c>) or carry
/// <c>Sec-Fetch-Site: same-origin</c>, as browsers send them on the pages' own requests. Anything else (another site, a
/// sibling site on the same host, a script that names no origin) is refused with a 403 ProblemDetails in the user's
/// language and audited. Reads, and requests without the cookie, are not concerned.
/// </summary>
public static class SameOriginApi
{
    public static IApplicationBuilder UseSameOriginApi(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use(async (context, next) =>
        {
            if (!IsCookieChange(context) || IsSameOrigin(context.Request))
            {
                await next(context);
                return;
            }

            await context.RequestServices.GetRequiredService<AuditLog>().AppendRefusalAsync(context, RefusalReason.OtherOrigin);
            var text = context.RequestServices.GetRequiredService<UiText>();
            await TypedResults.Problem(text["origin.refused.detail"], statusCode: StatusCodes.Status403Forbidden, title: text["origin.refused.title"])
                .ExecuteAsync(context);
        });
    }

    /// <summary>Whether the request names the archive's own origin, or the browser says it comes from the archive's own pages.</summary>
    public static bool IsSameOrigin(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.Equals(request.Headers["Sec-Fetch-Site"], "same-origin", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return request.Headers.Origin is { Count: 1 } origin
               && string.Equals(origin.ToString(), $"{request.Scheme}://{request.Host.ToUriComponent()}", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A change through the API by a user the sign-in cookie authenticates (the only way to be signed in).</summary>
    private static bool IsCookieChange(HttpContext context)
    {
        var method = context.Request.Method;
        return (HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method))
               && context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
               && context.User.Identity?.IsAuthenticated == true;
    }
}
