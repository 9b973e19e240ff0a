using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Accounts;

/// <summary>
/// Makes the audit log append-only in the database itself: triggers refuse every UPDATE and DELETE of its rows, so
/// not even a bug or a hand-written statement through the application's connection can rewrite history.
/// </summary>
public static class AuditLogGuard
{
    public const string RefusalMessage = "the audit log is append-only";

    private const string RefuseUpdate = """
        CREATE TRIGGER IF NOT EXISTS "AuditEntries_no_update" BEFORE UPDATE ON "AuditEntries"
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """;

    private const string RefuseDelete = """
        CREATE TRIGGER IF NOT EXISTS "AuditEntries_no_delete" BEFORE DELETE ON "AuditEntries"
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """;

    /// <summary>Creates the triggers on SQLite when they are missing; run after the migrations.</summary>
    public static async Task EnsureAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync(RefuseUpdate, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(RefuseDelete, cancellationToken);
    }
}
