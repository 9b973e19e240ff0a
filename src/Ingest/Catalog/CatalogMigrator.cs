using DocArchive.Ingest.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DocArchive.Ingest.Catalog;

/// <summary>Applies the catalog's migrations when the host starts, before anything reads the catalog.</summary>
internal sealed class CatalogMigrator(IServiceScopeFactory scopes, IOptions<IngestOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        await CatalogDatabase.MigrateAsync(db, options.Value, cancellationToken);
        await AuditLogGuard.EnsureAsync(db, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
