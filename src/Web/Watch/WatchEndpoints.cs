using DocArchive.Ingest.Register.Watch;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocArchive.Web.Watch;

/// <summary><c>GET /api/watch?days=&amp;older=1</c>: what the expiry watch shows, as JSON.</summary>
public static class WatchEndpoints
{
    public static IEndpointRouteBuilder MapWatchEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/watch", GetAsync).WithTags("Watch");
        return app;
    }

    private static async Task<Results<Ok<WatchList>, ProblemHttpResult>> GetAsync(
        string? days, string? older, ExpiryWatch watch, CancellationToken cancellationToken) =>
        WatchWindow.TryParse(days, out var window)
            ? TypedResults.Ok(await watch.ListAsync(window, WatchWindow.Older(older), cancellationToken))
            : TypedResults.Problem(WatchWindow.Invalid(days), statusCode: StatusCodes.Status400BadRequest, title: "Window not understood");
}
