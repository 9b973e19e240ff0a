using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Model;
using DocArchive.Search.Indexing;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Jobs;

/// <summary>Compares the catalog's done documents (withdrawn ones excepted) with the index's entries, and brings the index in line.</summary>
public static class IndexReconciliation
{
    public static async Task<IndexComparison> CompareAsync(CatalogDbContext db, IDocumentIndex index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(index);
        // The index first: a document indexed while the catalog is read is then missing (indexed again, harmless), never
        // extra (taken out of the index).
        var indexed = index.DocumentIds();
        var done = (await db.Documents.AsNoTracking()
            .Where(d => d.Status == DocumentStatus.Done && d.WithdrawnAt == null)
            .Select(d => d.Id)
            .ToListAsync(cancellationToken)).ToHashSet();
        return new IndexComparison(
            done.Count,
            indexed.Count,
            [.. done.Where(id => !indexed.Contains(id)).Order()],
            [.. indexed.Where(id => !done.Contains(id)).Order()]);
    }

    /// <summary>Removes the extra entries at once and enqueues the indexing of the missing documents.</summary>
    public static async Task RepairAsync(
        IndexComparison comparison, IDocumentIndex index, IBackgroundJobClient jobs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(jobs);
        foreach (var id in comparison.Extra)
        {
            await index.RemoveAsync(id, cancellationToken);
        }

        foreach (var id in comparison.Missing)
        {
            jobs.Enqueue<IndexJob>(job => job.RunAsync(id, CancellationToken.None));
        }
    }
}
