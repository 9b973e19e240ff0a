using DocArchive.Web.Accounts;
using Hangfire;
using Hangfire.Dashboard;

namespace DocArchive.Web.Jobs;

/// <summary>The Hangfire dashboard at <c>/hangfire</c>, for admins only (the endpoint's policy decides, not Hangfire).</summary>
public static class JobDashboardExtensions
{
    public const string Path = "/hangfire";

    public static IEndpointRouteBuilder MapJobDashboard(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHangfireDashboard(Path, new DashboardOptions
        {
            DashboardTitle = "DocArchive jobs",
            DisplayStorageConnectionString = false,
            Authorization = Array.Empty<IDashboardAuthorizationFilter>(),
            AppPath = "/",
        }).RequireAuthorization(ArchivePolicies.Admin);
        return app;
    }
}
