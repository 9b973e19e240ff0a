using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Register.Statistics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocArchive.Web.Statistics;

/// <summary><c>GET /api/statistics</c>: the numbers of the statistics page, every group included.</summary>
public static class StatisticsEndpoints
{
    public static IEndpointRouteBuilder MapStatisticsEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/statistics", GetAsync).WithTags("Statistics");
        return app;
    }

    /// <summary>The statistics as of today in the server's time zone.</summary>
    public static Task<WorkerStatistics> ComputeAsync(CatalogDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return ArchiveStatistics.ComputeAsync(db, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), cancellationToken);
    }

    private static async Task<Ok<WorkerStatistics>> GetAsync(CatalogDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ComputeAsync(db, clock, cancellationToken));
}
