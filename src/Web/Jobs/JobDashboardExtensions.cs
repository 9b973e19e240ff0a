using Hangfire;

namespace DocArchive.Web.Jobs;

/// <summary>The Hangfire dashboard at <c>/hangfire</c> (local requests only, Hangfire's default).</summary>
public static class JobDashboardExtensions
{
    public const string Path = "/hangfire";

    public static IEndpointRouteBuilder MapJobDashboard(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHangfireDashboard(Path, new DashboardOptions { DashboardTitle = "DocArchive jobs", DisplayStorageConnectionString = false });
        return app;
    }
}
