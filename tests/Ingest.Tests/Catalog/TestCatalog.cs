using DocArchive.Ingest.Blobs;
using DocArchive.Ingest.Catalog;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace DocArchive.Ingest.Tests.Catalog;

/// <summary>
/// A migrated catalog of its own, SQLite or PostgreSQL (a fresh database on the test server, dropped afterwards), and a
/// blob store in a temporary data directory.
/// </summary>
internal sealed class TestCatalog : IAsyncDisposable, IDbContextFactory<CatalogDbContext>
{
    public const string Sqlite = "sqlite";

    public const string PostgreSql = "postgresql";

    /// <summary>The test server's connection string, set by <c>scripts/with-postgres.sh</c>.</summary>
    public const string ServerVariable = "DOCARCHIVE_TEST_POSTGRES";

    private readonly DbContextOptions contextOptions;
    private readonly ThrowawayDatabase? database;

    private TestCatalog(IngestOptions options, ThrowawayDatabase? database)
    {
        this.database = database;
        Options = options;
        Blobs = new BlobStore(Microsoft.Extensions.Options.Options.Create(options));
        contextOptions = CatalogDatabase.CreateOptions(options);
    }

    /// <summary>
    /// The providers catalog tests run on: SQLite always; PostgreSQL when the test server is there, and always on CI,
    /// where a missing server fails the tests instead of leaving them out.
    /// </summary>
    public static TheoryData<string> Providers =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } || Environment.GetEnvironmentVariable("CI") is { Length: > 0 }
            ? new TheoryData<string>(Sqlite, PostgreSql)
            : new TheoryData<string>(Sqlite);

    public IngestOptions Options { get; }

    public BlobStore Blobs { get; }

    public IOptions<IngestOptions> WrappedOptions => Microsoft.Extensions.Options.Options.Create(Options);

    public static Task<TestCatalog> CreateAsync() => CreateAsync(Sqlite);

    public static async Task<TestCatalog> CreateAsync(string provider)
    {
        var directory = Directory.CreateTempSubdirectory("docarchive-catalog-");
        var database = provider == PostgreSql ? await ThrowawayDatabase.CreateAsync(Server(), "docarchive_test", CancellationToken.None) : null;
        var options = new IngestOptions { DataDir = directory.FullName, OcrWorkers = 2, PostgreSql = database?.ConnectionString };
        var catalog = new TestCatalog(options, database);
        await using var db = catalog.NewContext();
        await CatalogDatabase.MigrateAsync(db, catalog.Options, CancellationToken.None);
        return catalog;
    }

    public CatalogDbContext NewContext() => CatalogDatabase.CreateContext(contextOptions);

    public CatalogDbContext CreateDbContext() => NewContext();

    /// <summary>A context whose commands and saves pass through <paramref name="interceptor"/>.</summary>
    public CatalogDbContext NewContext(IInterceptor interceptor)
    {
        DbContextOptionsBuilder builder = contextOptions switch
        {
            DbContextOptions<PostgresCatalogDbContext> postgres => new DbContextOptionsBuilder<PostgresCatalogDbContext>(postgres),
            DbContextOptions<CatalogDbContext> sqlite => new DbContextOptionsBuilder<CatalogDbContext>(sqlite),
            _ => throw new InvalidOperationException($"Catalog options are for {contextOptions.ContextType.Name}."),
        };
        return CatalogDatabase.CreateContext(builder.AddInterceptors(interceptor).Options);
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        Directory.Delete(Options.DataDir, recursive: true);
    }

    private static string Server() =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException($"{ServerVariable} is not set: run the tests through scripts/with-postgres.sh (./test.sh does).");
}
