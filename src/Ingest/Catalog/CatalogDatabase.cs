using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DocArchive.Ingest.Catalog;

/// <summary>
/// The one place that chooses the catalog's database: PostgreSQL when <see cref="IngestOptions.PostgreSql"/> is set,
/// otherwise the SQLite file in the data directory. Everything else sees a <see cref="CatalogDbContext"/>.
/// </summary>
public static class CatalogDatabase
{
    /// <summary>Takes and gives back the advisory lock under which one node at a time migrates a PostgreSQL catalog.</summary>
    private const string LockMigrations = "SELECT pg_advisory_lock(75113126765155)";

    private const string UnlockMigrations = "SELECT pg_advisory_unlock(75113126765155)";

    public const string FileName = "docarchive.db";

    // SQLite's extended result codes SQLITE_CONSTRAINT_UNIQUE, _FOREIGNKEY and _PRIMARYKEY.
    private const int SqliteUniqueViolation = 2067;
    private const int SqliteForeignKeyViolation = 787;
    private const int SqlitePrimaryKeyViolation = 1555;

    public static bool UsesPostgreSql(IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return !string.IsNullOrWhiteSpace(options.PostgreSql);
    }

    public static string SqlitePath(IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.Combine(options.DataDir, FileName);
    }

    /// <summary>The options of the context type the configuration asks for, built once and shared by every context.</summary>
    public static DbContextOptions CreateOptions(IngestOptions options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        DbContextOptionsBuilder builder;
        if (UsesPostgreSql(options))
        {
            var postgres = new DbContextOptionsBuilder<PostgresCatalogDbContext>();
            postgres.UseNpgsql(options.PostgreSql, npgsql => npgsql.EnableRetryOnFailure());
            builder = postgres;
        }
        else
        {
            var sqlite = new DbContextOptionsBuilder<CatalogDbContext>();
            sqlite.UseSqlite(new SqliteConnectionStringBuilder
            {
                DataSource = SqlitePath(options),
                Pooling = true,
                DefaultTimeout = 30,
            }.ToString());
            builder = sqlite;
        }

        if (loggerFactory is not null)
        {
            builder.UseLoggerFactory(loggerFactory);
        }

        return builder.Options;
    }

    /// <summary>A new context over options made by <see cref="CreateOptions"/>.</summary>
    public static CatalogDbContext CreateContext(DbContextOptions options) => options switch
    {
        DbContextOptions<PostgresCatalogDbContext> postgres => new PostgresCatalogDbContext(postgres),
        DbContextOptions<CatalogDbContext> sqlite => new CatalogDbContext(sqlite),
        _ => throw new ArgumentException($"Catalog options are for {options?.ContextType.Name}.", nameof(options)),
    };

    /// <summary>Creates the data directory and brings the database to the latest migration of its provider.</summary>
    public static async Task MigrateAsync(CatalogDbContext db, IngestOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(options.DataDir);
        if (db.Database.IsNpgsql())
        {
            await MigrateAloneAsync(db, cancellationToken);
        }
        else
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            // Readers (the web pages) do not wait for writers (the jobs).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>
    /// Migrates PostgreSQL holding a session advisory lock: the web node and the workers of an office start together on
    /// one database, and without it two of them create the same tables at once and one fails to start.
    /// </summary>
    private static async Task MigrateAloneAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync(LockMigrations, cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync(UnlockMigrations, CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Whether a save failed on a unique index or a foreign key: a row another writer added or removed meanwhile, so the
    /// same work done again on what is there now may succeed.
    /// </summary>
    public static bool IsConstraintViolation(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            PostgresException postgres => postgres.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation,
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUniqueViolation or SqliteForeignKeyViolation or SqlitePrimaryKeyViolation,
            _ => false,
        };
    }
}
