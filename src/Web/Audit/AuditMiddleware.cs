using DocArchive.Ingest.Audit;
using DocArchive.Web.Export;

namespace DocArchive.Web.Audit;

/// <summary>
/// Records the reads of personal data in one place, whoever wrote the page or endpoint: after a successful GET of a
/// route listed in <see cref="Routes"/>, appends the user, action and target to the audit log. A page handler that ran
/// (<see cref="AuditedPageHandler"/>) makes a route of its own (<c>admin/audit?handler=csv</c>); one not listed (the
/// export's file, which <see cref="ExportModel"/> records itself) is not recorded here.
/// </summary>
public static class AuditMiddleware
{
    /// <summary>Route patterns (as registered, without the leading slash, with the page handler) and what reading them means.</summary>
    public static readonly IReadOnlyDictionary<string, AuditedRoute> Routes = new Dictionary<string, AuditedRoute>(StringComparer.OrdinalIgnoreCase)
    {
        ["search"] = AuditedRoute.QueryValue(AuditAction.Search, "q"),
        ["api/search"] = AuditedRoute.QueryValue(AuditAction.Search, "q"),
        ["documents/{id:guid}"] = AuditedRoute.RouteValue(AuditAction.DocumentView, "id"),
        ["api/documents/{id:guid}"] = AuditedRoute.RouteValue(AuditAction.DocumentView, "id"),
        ["persons/{id:guid}"] = AuditedRoute.RouteValue(AuditAction.PersonView, "id"),
        ["api/persons/{id:guid}"] = AuditedRoute.RouteValue(AuditAction.PersonView, "id"),
        ["companies/{key}"] = AuditedRoute.RouteValue(AuditAction.CompanyView, "key"),
        ["api/companies/{key}"] = AuditedRoute.RouteValue(AuditAction.CompanyView, "key"),
        ["watch"] = AuditedRoute.Request(AuditAction.WatchView),
        ["api/watch"] = AuditedRoute.Request(AuditAction.WatchView),
        ["reconciliation"] = AuditedRoute.Request(AuditAction.ReconciliationView),
        ["api/reconciliation"] = AuditedRoute.Request(AuditAction.ReconciliationView),
        ["api/reconciliation/persons"] = AuditedRoute.Request(AuditAction.ReconciliationView),
        ["reconciliation/report"] = AuditedRoute.Request(AuditAction.ReconciliationPrint),
        ["api/documents/{id:guid}/original"] = AuditedRoute.RouteValue(AuditAction.OriginalDownload, "id"),
        ["api/documents/{id:guid}/searchable"] = AuditedRoute.RouteValue(AuditAction.OriginalDownload, "id"),
        ["api/documents/{id:guid}/pages/{number:int}/image"] = new(
            AuditAction.DocumentView, context => $"{context.GetRouteValue("id")} page {context.GetRouteValue("number")}"),
        ["documents"] = AuditedRoute.Request(AuditAction.DocumentListView),
        ["review"] = AuditedRoute.Request(AuditAction.ReviewView),
        ["api/review"] = AuditedRoute.Request(AuditAction.ReviewView),
        ["export"] = new(AuditAction.ExportCount, context => ExportModel.SearchOf(context.Request.Query["q"])),
        ["admin/audit"] = AuditedRoute.Request(AuditAction.AuditView),
        ["admin/audit?handler=csv"] = AuditedRoute.Request(AuditAction.AuditExport),
    };

    public static IApplicationBuilder UseAudit(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use(async (context, next) =>
        {
            await next(context);
            if (!HttpMethods.IsGet(context.Request.Method) || context.Response.StatusCode >= 400
                || context.User.Identity?.IsAuthenticated != true
                || context.GetEndpoint() is not RouteEndpoint endpoint
                || !Routes.TryGetValue(RouteOf(context, endpoint), out var route)
                || route.Target(context) is not { } target)
            {
                return;
            }

            // Written even when the client has gone away: the data was sent.
            await context.RequestServices.GetRequiredService<AuditLog>().AppendAsync(context, route.Action, target, CancellationToken.None);
        });
    }

    /// <summary>The route pattern, with the page handler that ran.</summary>
    private static string RouteOf(HttpContext context, RouteEndpoint endpoint)
    {
        var pattern = endpoint.RoutePattern.RawText?.TrimStart('/') ?? "";
        return AuditedPageHandler.Of(context) is { } handler ? $"{pattern}?handler={handler}" : pattern;
    }
}
