using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Catalog;

namespace DocArchive.Web.Audit;

/// <summary>Appends to the audit log; there is no way to change or remove an entry through the application.</summary>
public sealed class AuditLog(CatalogDbContext db, TimeProvider clock)
{
    /// <summary>Records what the signed-in user of <paramref name="context"/> did.</summary>
    public Task AppendAsync(HttpContext context, AuditAction action, string target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return AppendAsync(context, context.User.Identity?.Name ?? "anonymous", action, target, cancellationToken);
    }

    /// <summary>Records an action of a named user who may not be signed in (a sign-in attempt).</summary>
    public async Task AppendAsync(HttpContext context, string userName, AuditAction action, string target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(target);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserName = Truncate(userName, 256),
            Action = action,
            Target = Truncate(target, AuditEntry.MaxTargetLength),
            Address = context.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
