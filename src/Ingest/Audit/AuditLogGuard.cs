using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Audit;

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

    private const string PostgresRefusal = """
        CREATE OR REPLACE FUNCTION "AuditEntries_refuse"() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
        """;

    private const string PostgresRefuseChanges = """
        CREATE OR REPLACE TRIGGER "AuditEntries_no_change" BEFORE UPDATE OR DELETE ON "AuditEntries"
        FOR EACH ROW EXECUTE FUNCTION "AuditEntries_refuse"();
        """;

    private const string PostgresRefuseTruncate = """
        CREATE OR REPLACE TRIGGER "AuditEntries_no_truncate" BEFORE TRUNCATE ON "AuditEntries"
        FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntries_refuse"();
        """;

    /// <summary>Creates (or replaces) the triggers on SQLite or PostgreSQL; run after the migrations.</summary>
    public static async Task EnsureAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        string[] statements = db.Database.IsSqlite()
            ? [RefuseUpdate, RefuseDelete]
            : [PostgresRefusal, PostgresRefuseChanges, PostgresRefuseTruncate];
        foreach (var statement in statements)
        {
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }
    }
}
