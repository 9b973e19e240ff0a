using DocArchive.Ingest.Audit;

namespace DocArchive.Web.Audit;

/// <summary>Appends to the audit log; there is no way to change or remove an entry through the application.</summary>
public sealed class AuditLog(AuditTrail trail)
{
    /// <summary>The origin recorded for a change refused for coming from another site that named none.</summary>
    public const string NoOrigin = "no origin";

    /// <summary>Records what the signed-in user of <paramref name="context"/> did.</summary>
    public Task AppendAsync(HttpContext context, AuditAction action, string target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return AppendAsync(context, context.User.Identity?.Name ?? "anonymous", action, target, cancellationToken);
    }

    /// <summary>
    /// Records a request of the signed-in user that was refused, as <see cref="AuditAction.AccessDenied"/>: the method, path
    /// and query asked for, and, for a change refused for coming from another site, the origin it named
    /// (<c>POST /api/documents from https://elsewhere.example</c>). Written even when the client has gone away.
    /// </summary>
    public Task AppendRefusalAsync(HttpContext context, RefusalReason reason)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var asked = $"{request.Method} {request.Path}{request.QueryString}";
        var target = reason == RefusalReason.OtherOrigin
            ? $"{asked} from {(request.Headers.Origin is { Count: > 0 } origin ? origin.ToString() : NoOrigin)}"
            : asked;
        return AppendAsync(context, AuditAction.AccessDenied, target, CancellationToken.None);
    }

    /// <summary>Records an action of a named user who may not be signed in (a sign-in attempt).</summary>
    public Task AppendAsync(HttpContext context, string userName, AuditAction action, string target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return trail.AppendAsync(userName, action, target, context.Connection.RemoteIpAddress?.ToString(), cancellationToken);
    }
}
