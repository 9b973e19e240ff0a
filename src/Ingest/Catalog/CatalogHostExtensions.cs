using DocArchive.Ingest.Blobs;
using DocArchive.Ingest.Corrections;
using DocArchive.Ingest.Register.Companies;
using DocArchive.Ingest.Register.Persons;
using DocArchive.Ingest.Register.Reconciliation;
using DocArchive.Ingest.Register.Watch;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DocArchive.Ingest.Catalog;

/// <summary>Registers the catalog database, its readers of persons, companies and expiring permits, corrections and review queue, and the blob store.</summary>
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
        builder.Services.AddScoped<PersonDirectory>();
        builder.Services.AddScoped<FieldCorrector>();
        builder.Services.AddScoped<ReviewQueue>();
        builder.Services.AddScoped<CompanyDirectory>();
        builder.Services.AddScoped<ExpiryWatch>();
        builder.Services.AddScoped<ReconciliationRegister>();
        builder.Services.AddScoped<DocumentWithdrawal>();
        builder.Services.AddSingleton<BlobStore>();
        return builder;
    }
}
