namespace DocArchive.Web.Errors;

/// <summary>
/// Error answers: a person in a browser gets an HTML page in their language (<c>/error/{code}</c>, the original status
/// kept); API and health callers get ProblemDetails.
/// </summary>
public static class ErrorPages
{
    public const string Path = "/error/{0}";

    /// <summary>Whether the request is a machine's (the JSON API, the health check) or the job dashboard's, not one of our pages.</summary>
    public static bool IsApi(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ||
               context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) ||
               context.Request.Path.StartsWithSegments("/hangfire", StringComparison.OrdinalIgnoreCase);
    }

    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages => pages
            .UseExceptionHandler(string.Format(System.Globalization.CultureInfo.InvariantCulture, Path, StatusCodes.Status500InternalServerError))
            .UseStatusCodePagesWithReExecute(Path));
        return app;
    }
}
