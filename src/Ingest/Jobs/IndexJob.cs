using System.Diagnostics;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Model;
using DocArchive.Search.Indexing;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DocArchive.Ingest.Jobs;

/// <summary>
/// Puts a read document into the search index from the catalog alone (pages, extracted values, linked persons), so
/// <c>reindex</c> needs no OCR; indexing again replaces the entry. A withdrawn document is taken out instead.
/// </summary>
public sealed class IndexJob(CatalogDbContext db, IDocumentIndex index, TimeProvider time, ILogger<IndexJob> logger)
{
    [Queue(JobQueues.Index)]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [5, 30, 120])]
    public async Task RunAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var document = await db.Documents
            .Include(d => d.Pages.Where(p => p.FailureReason == null).OrderBy(p => p.Number))
            .Include(d => d.Persons.OrderBy(p => p.Index))
            .AsSplitQuery()
            .FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document is not { Status: DocumentStatus.Done })
        {
            return;
        }

        if (document.WithdrawnAt is not null)
        {
            await index.RemoveAsync(documentId, cancellationToken);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var indexed = IndexedDocuments.From(document);
        await index.IndexAsync(indexed, cancellationToken);
        document.IndexedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        Log.DocumentIndexed(logger, documentId, indexed.Pages.Count);
        Log.StageTimed(logger, documentId, IngestStages.Index, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
