using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DocArchive.Ingest.Catalog;

/// <summary>Makes catalog contexts of the configured provider; the options are built once.</summary>
internal sealed class CatalogContextFactory(IOptions<IngestOptions> options, ILoggerFactory loggerFactory) : IDbContextFactory<CatalogDbContext>
{
    private readonly Lazy<DbContextOptions> contextOptions = new(() => CatalogDatabase.CreateOptions(options.Value, loggerFactory));

    public CatalogDbContext CreateDbContext() => CatalogDatabase.CreateContext(contextOptions.Value);
}
