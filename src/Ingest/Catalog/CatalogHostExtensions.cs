using DocArchive.Ingest.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DocArchive.Ingest.Catalog;

/// <summary>Registers the catalog database and the blob store.</summary>
internal static class CatalogHostExtensions
{
    public static IHostApplicationBuilder AddCatalog(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddDbContext<CatalogDbContext>((services, db) =>
            CatalogDatabase.Configure(db, services.GetRequiredService<IOptions<IngestOptions>>().Value));
        builder.Services.AddHostedService<CatalogMigrator>();
        builder.Services.AddSingleton<BlobStore>();
        return builder;
    }
}
