using DocArchive.Ingest.Blobs;
using DocArchive.Ingest.Catalog;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocArchive.Ingest.Tests.Catalog;

/// <summary>A migrated SQLite catalog and a blob store in a temporary data directory of their own.</summary>
internal sealed class TestCatalog : IAsyncDisposable
{
    private TestCatalog(IngestOptions options)
    {
        Options = options;
        Blobs = new BlobStore(Microsoft.Extensions.Options.Options.Create(options));
    }

    public IngestOptions Options { get; }

    public BlobStore Blobs { get; }

    public static async Task<TestCatalog> CreateAsync()
    {
        var directory = Directory.CreateTempSubdirectory("docarchive-catalog-");
        var catalog = new TestCatalog(new IngestOptions { DataDir = directory.FullName, OcrWorkers = 2 });
        await using var db = catalog.NewContext();
        await CatalogDatabase.MigrateAsync(db, catalog.Options, CancellationToken.None);
        return catalog;
    }

    public CatalogDbContext NewContext()
    {
        var builder = new DbContextOptionsBuilder<CatalogDbContext>();
        CatalogDatabase.Configure(builder, Options);
        return new CatalogDbContext(builder.Options);
    }

    public IOptions<IngestOptions> WrappedOptions => Microsoft.Extensions.Options.Options.Create(Options);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Options.DataDir, recursive: true);
        return ValueTask.CompletedTask;
    }
}
