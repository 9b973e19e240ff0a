using DocArchive.Ingest.Catalog;

namespace DocArchive.Ingest.Audit;

/// <summary>Appends entries to the audit log, the only way an entry is written (the catalog's triggers refuse changes).</summary>
public sealed class AuditTrail(CatalogDbContext db, TimeProvider clock)
{
    /// <summary>Records that <paramref name="userName"/> did <paramref name="action"/> on <paramref name="target"/> from <paramref name="address"/>; over-long names and targets are cut.</summary>
    public async Task AppendAsync(string userName, AuditAction action, string target, string? address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(target);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserName = Truncate(userName, AuditEntry.MaxUserNameLength),
            Action = action,
            Target = Truncate(target, AuditEntry.MaxTargetLength),
            Address = address,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
