using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Catalog;

/// <summary>The one place that chooses the catalog's database provider and where its file lives.</summary>
public static class CatalogDatabase
{
    public const string FileName = "docarchive.db";

    public static string SqlitePath(IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.Combine(options.DataDir, FileName);
    }

    public static void Configure(DbContextOptionsBuilder builder, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = SqlitePath(options),
            Pooling = true,
            DefaultTimeout = 30,
        };
        builder.UseSqlite(connection.ToString());
    }

    /// <summary>Creates the data directory and brings the database to the latest migration.</summary>
    public static async Task MigrateAsync(CatalogDbContext db, IngestOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(options.DataDir);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Readers (the web pages) do not wait for writers (the jobs).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
