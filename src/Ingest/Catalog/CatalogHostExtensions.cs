using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Blobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DocArchive.Ingest.Catalog;

/// <summary>Registers the catalog database, withdrawing a document, the audit trail, and the blob store.</summary>
internal static class CatalogHostExtensions
{
    public static IHostApplicationBuilder AddCatalog(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);

        // Every SQL statement at Information would bury the archive's own log; failed ones are still logged as errors.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        builder.Services.AddSingleton<IValidateOptions<IngestOptions>, CatalogOptionsValidator>();
        builder.Services.AddSingleton<IDbContextFactory<CatalogDbContext>, CatalogContextFactory>();
        builder.Services.AddScoped(services => services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContext());
        builder.Services.AddHostedService<CatalogMigrator>();
        builder.Services.AddScoped<DocumentWithdrawal>();
        builder.Services.AddScoped<AuditTrail>();
        builder.Services.AddSingleton<BlobStore>();
        return builder;
    }
}
