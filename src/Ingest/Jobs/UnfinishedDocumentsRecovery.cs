using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Model;
using DocArchive.Search.Indexing;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DocArchive.Ingest.Jobs;

/// <summary>
/// Runs on the node that owns the index and treats the catalog as the truth, jobs as messages that can be lost. On
/// start-up it enqueues again every unfinished document and brings the index in line with the done documents (a kill
/// may have cut writes that were searchable but not yet committed). Then, every <see cref="IngestOptions.JobLease"/>, it
/// enqueues what has stalled: documents whose reader's claim ran out, documents read but not indexed after a lease,
/// and documents queued for longer than ten leases (their job was lost, say in a database restart). Extra runs are
/// harmless: a claim lets one reader in, and indexing again replaces the entry.
/// </summary>
internal sealed class UnfinishedDocumentsRecovery(
    IServiceScopeFactory scopes,
    IBackgroundJobClient jobs,
    TimeProvider time,
    IOptions<IngestOptions> options,
    ILogger<UnfinishedDocumentsRecovery> logger) : BackgroundService
{
    private const int QueuedStaleLeases = 10;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RecoverAsync(stale: false, stoppingToken);
        using var timer = new PeriodicTimer(options.Value.JobLease, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RecoverAsync(stale: true, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The sweep runs again at the next tick; the database may be restarting.
                Log.RecoveryFailed(logger, e);
            }
        }
    }

    private async Task RecoverAsync(bool stale, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var now = time.GetUtcNow();
        var lease = options.Value.JobLease;
        var queuedBefore = now - (lease * QueuedStaleLeases);
        var readBefore = now - lease;
        var documents = db.Documents.AsNoTracking();
        var unread = stale
            ? documents.Where(d => (d.Status == DocumentStatus.Queued && d.UpdatedAt < queuedBefore)
                || (d.Status == DocumentStatus.Processing && (d.LeaseExpiresAt == null || d.LeaseExpiresAt < now)))
            : documents.Where(d => d.Status == DocumentStatus.Queued || d.Status == DocumentStatus.Processing);
        var unindexed = documents.Where(d => d.Status == DocumentStatus.Done && d.IndexedAt == null);
        if (stale)
        {
            unindexed = unindexed.Where(d => d.UpdatedAt < readBefore);
        }

        var toRead = await unread.Select(d => d.Id).ToListAsync(cancellationToken);
        var toIndex = await unindexed.Select(d => d.Id).ToListAsync(cancellationToken);
        IndexComparison? comparison = null;
        if (!stale)
        {
            var index = scope.ServiceProvider.GetRequiredService<IDocumentIndex>();
            comparison = await IndexReconciliation.CompareAsync(db, index, cancellationToken);
            await IndexReconciliation.RepairAsync(comparison, index, jobs, cancellationToken);
            toIndex = [.. toIndex.Except(comparison.Missing)];
        }

        foreach (var id in toRead)
        {
            jobs.Enqueue<IngestJob>(job => job.RunAsync(id, CancellationToken.None));
        }

        foreach (var id in toIndex)
        {
            jobs.Enqueue<IndexJob>(job => job.RunAsync(id, CancellationToken.None));
        }

        var indexed = toIndex.Count + (comparison?.Missing.Count ?? 0);
        var removed = comparison?.Extra.Count ?? 0;
        if (toRead.Count + indexed + removed > 0)
        {
            Log.DocumentsRecovered(logger, toRead.Count, indexed, removed);
        }
    }
}
