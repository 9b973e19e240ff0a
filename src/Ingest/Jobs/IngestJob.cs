using System.Diagnostics;
using DocArchive.Ingest.Blobs;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Pages;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DocArchive.Ingest.Jobs;

/// <summary>
/// Reads every page of a document into the catalog, then hands it to the index. A permanent input error fails the
/// document at once; a transient one is retried by Hangfire until <see cref="MaxAttempts"/> runs have failed.
/// Running it again on a finished document does nothing.
/// </summary>
public sealed class IngestJob(
    CatalogDbContext db,
    DocumentClaims claims,
    BlobStore blobs,
    IDocumentReader reader,
    IBackgroundJobClient jobs,
    TimeProvider time,
    IOptions<IngestOptions> options,
    ILogger<IngestJob> logger)
{
    /// <summary>Runs of one document that may fail transiently before it is marked failed.</summary>
    public const int MaxAttempts = 3;

    [Queue(JobQueues.Ocr)]
    [AutomaticRetry(Attempts = MaxAttempts - 1, DelaysInSeconds = [10, 60], OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task RunAsync(Guid documentId, CancellationToken cancellationToken)
    {
        await using var claim = await claims.TryClaimAsync(documentId, cancellationToken);
        if (claim is null)
        {
            return;
        }

        cancellationToken = claim.Token;
        var document = await db.Documents.FirstAsync(d => d.Id == documentId, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var pages = await ReadPagesAsync(document, cancellationToken);
            var storing = Stopwatch.GetTimestamp();
            await StorePagesAsync(document, claim, pages, cancellationToken);
            Log.StageTimed(logger, documentId, IngestStages.Catalog, Stopwatch.GetElapsedTime(storing).TotalMilliseconds);
            Log.DocumentRead(logger, documentId, document.PageCount, document.Status, Stopwatch.GetElapsedTime(started));
        }
        catch (UnsupportedDocumentException e)
        {
            Log.DocumentUnsupported(logger, documentId, e.Message);
            await FailAsync(document, claim, e.Message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            document.FailedAttempts++;
            if (document.FailedAttempts < MaxAttempts)
            {
                Log.DocumentRetried(logger, e, documentId, document.FailedAttempts);
                document.Status = DocumentStatus.Queued;
                claim.Release(document);
                document.UpdatedAt = time.GetUtcNow();
                await db.SaveChangesAsync(CancellationToken.None);
                throw;
            }

            Log.DocumentGaveUp(logger, e, documentId, document.FailedAttempts);
            await FailAsync(document, claim, $"Reading failed {MaxAttempts} times; last error: {e.Message}", CancellationToken.None);
        }
    }

    private async Task<DocumentPage[]> ReadPagesAsync(Document document, CancellationToken cancellationToken)
    {
        var path = blobs.PathOf(document.Sha256);
        var count = await reader.CountPagesAsync(path, document.ContentType, cancellationToken);
        if (count < 1)
        {
            throw new UnsupportedDocumentException("The document has no pages.");
        }

        var pages = new DocumentPage[count];
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, options.Value.OcrWorkers),
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(Enumerable.Range(1, count), parallel, async (number, token) =>
        {
            try
            {
                var page = await reader.ReadPageAsync(path, document.ContentType, number, token);
                pages[number - 1] = DocumentPage.Read(document.Id, page with { Number = number });
            }
            catch (PageReadException e)
            {
                Log.PageFailed(logger, document.Id, number, e.Message);
                pages[number - 1] = DocumentPage.Failed(document.Id, number, e.Message);
            }
        });
        return pages;
    }

    private async Task StorePagesAsync(Document document, DocumentClaim claim, DocumentPage[] pages, CancellationToken cancellationToken)
    {
        db.Pages.AddRange(pages);
        document.PageCount = pages.Length;
        var read = pages.Any(p => p.FailureReason is null);
        document.Status = read ? DocumentStatus.Done : DocumentStatus.Failed;
        document.FailureReason = read ? null : $"No page could be read: {pages[0].FailureReason}";
        claim.Release(document);
        document.UpdatedAt = time.GetUtcNow();

        // Pages left by an interrupted run go in the same transaction as the claim-checked save: a reader that lost
        // its claim deletes nothing.
        await db.Database.CreateExecutionStrategy().ExecuteInTransactionAsync(
            async token =>
            {
                await db.Pages.Where(p => p.DocumentId == document.Id).ExecuteDeleteAsync(token);
                await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, token);
            },
            async token => await db.Documents.AsNoTracking().AnyAsync(d => d.Id == document.Id && d.UpdatedAt == document.UpdatedAt, token),
            cancellationToken);
        db.ChangeTracker.AcceptAllChanges();
        if (read)
        {
            jobs.Enqueue<IndexJob>(job => job.RunAsync(document.Id, CancellationToken.None));
        }
    }

    private async Task FailAsync(Document document, DocumentClaim claim, string reason, CancellationToken cancellationToken)
    {
        document.Status = DocumentStatus.Failed;
        document.FailureReason = reason;
        claim.Release(document);
        document.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }
}
