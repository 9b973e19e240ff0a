namespace DocArchive.Web.Security;

/// <summary>
/// Every answer after the static files (pages, API JSON, originals, page images, searchable PDFs, exports) carries
/// personal data or may: none is kept in a browser's or proxy's cache, so nothing is left on a shared office PC and
/// every view reaches the server (and its audit log).
/// </summary>
public static class NoStore
{
    public static IApplicationBuilder UseNoStore(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.Pragma = "no-cache";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
