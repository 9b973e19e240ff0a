using DocArchive.Ingest.Catalog;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DocArchive.Ingest.Jobs;

/// <summary>
/// On start-up, enqueues again what the catalog says is unfinished: documents left queued or processing are read,
/// documents read but not yet searchable are indexed. Nothing is lost when the process stops.
/// </summary>
internal sealed class UnfinishedDocumentsRecovery(
    IServiceScopeFactory scopes,
    IBackgroundJobClient jobs,
    ILogger<UnfinishedDocumentsRecovery> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var unread = await db.Documents
            .Where(d => d.Status == DocumentStatus.Queued || d.Status == DocumentStatus.Processing)
            .Select(d => d.Id)
            .ToListAsync(cancellationToken);
        var unindexed = await db.Documents
            .Where(d => d.Status == DocumentStatus.Done && d.IndexedAt == null)
            .Select(d => d.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in unread)
        {
            jobs.Enqueue<IngestJob>(job => job.RunAsync(id, CancellationToken.None));
        }

        foreach (var id in unindexed)
        {
            jobs.Enqueue<IndexJob>(job => job.RunAsync(id, CancellationToken.None));
        }

        if (unread.Count + unindexed.Count > 0)
        {
            Log.DocumentsRecovered(logger, unread.Count, unindexed.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
