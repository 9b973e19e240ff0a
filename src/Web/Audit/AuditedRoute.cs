using DocArchive.Ingest.Audit;

namespace DocArchive.Web.Audit;

/// <summary>A route whose successful answers are written to the audit log, and how to name the target.</summary>
public sealed record AuditedRoute(AuditAction Action, Func<HttpContext, string?> Target)
{
    /// <summary>The target is a route value (a document or person id).</summary>
    public static AuditedRoute RouteValue(AuditAction action, string name) =>
        new(action, context => context.GetRouteValue(name)?.ToString());

    /// <summary>The target is the path and query asked for (the expiry watch and its window).</summary>
    public static AuditedRoute Request(AuditAction action) =>
        new(action, context => context.Request.Path + context.Request.QueryString);

    /// <summary>The target is a query parameter (the search words); absent or blank means nothing to record.</summary>
    public static AuditedRoute QueryValue(AuditAction action, string name) =>
        new(action, context => context.Request.Query[name].ToString() is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value : null);
}
