using System.Diagnostics;
using System.Globalization;
using DocArchive.Ingest.Blobs;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Reading;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DocArchive.Ingest.Jobs;

/// <summary>
/// Reads every page of a document, extracts its record (type, fields, persons) and stores both in the catalog in one
/// claim-checked transaction, then hands the document to the index. A permanent input error fails the document at once;
/// a transient one is retried by Hangfire until <see cref="MaxAttempts"/> runs have failed. An extraction that fails
/// leaves the document done with its pages and the reason in <see cref="Document.ExtractionFailure"/>. Running it again
/// on a finished document does nothing.
/// </summary>
public sealed class IngestJob(
    CatalogDbContext db,
    DocumentClaims claims,
    BlobStore blobs,
    IDocumentReader reader,
    DocumentExtraction extraction,
    IBackgroundJobClient jobs,
    TimeProvider time,
    IOptions<IngestOptions> options,
    ILogger<IngestJob> logger)
{
    /// <summary>Runs of one document that may fail transiently before it is marked failed.</summary>
    public const int MaxAttempts = 3;

    /// <summary>Saves tried while other writers link the same persons at once, before the fields are stored without them.</summary>
    public const int MaxLinkAttempts = 5;

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
            var extracting = Stopwatch.GetTimestamp();
            var record = await ExtractAsync(document, pages, cancellationToken);
            Log.StageTimed(logger, documentId, IngestStages.Extraction, Stopwatch.GetElapsedTime(extracting).TotalMilliseconds);
            var storing = Stopwatch.GetTimestamp();
            await StoreAsync(document, claim, pages, record, cancellationToken);
            Log.StageTimed(logger, documentId, IngestStages.Catalog, Stopwatch.GetElapsedTime(storing).TotalMilliseconds);
            Log.DocumentRead(logger, documentId, document.PageCount, document.Status, Stopwatch.GetElapsedTime(started));
        }
        catch (UnsupportedDocumentException e)
        {
            Log.DocumentUnsupported(logger, documentId, e.Message);
            await FailAsync(document, claim, e.Code, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            document.FailedAttempts++;
            if (document.FailedAttempts < MaxAttempts)
            {
                Log.DocumentRetried(logger, e, documentId, document.FailedAttempts);
                ForgetAllBut(document);
                document.Status = DocumentStatus.Queued;
                claim.Release(document);
                document.UpdatedAt = time.GetUtcNow();
                await db.SaveChangesAsync(CancellationToken.None);
                throw;
            }

            Log.DocumentGaveUp(logger, e, documentId, document.FailedAttempts);
            await FailAsync(document, claim, ReadFailures.GaveUp, CancellationToken.None);
        }
    }

    private async Task<DocumentPage[]> ReadPagesAsync(Document document, CancellationToken cancellationToken)
    {
        var path = blobs.PathOf(document.Sha256);
        var count = await reader.CountPagesAsync(path, document.ContentType, cancellationToken);
        if (count < 1)
        {
            throw new UnsupportedDocumentException(ReadFailures.NoPages, "The document has no pages.");
        }

        if (count > options.Value.MaxPages)
        {
            document.PageCount = count;
            throw new UnsupportedDocumentException(
                ReadFailures.TooManyPages,
                string.Create(CultureInfo.InvariantCulture, $"The document has {count:N0} pages, more than the {options.Value.MaxPages:N0} a document may have (Ingest:MaxPages)."));
        }

        document.ActiveContent = await reader.FindActiveContentAsync(path, document.ContentType, cancellationToken);
        if (document.ActiveContent != ActiveContent.None)
        {
            Log.ActiveContentFound(logger, document.Id, document.ActiveContent);
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
                pages[number - 1] = DocumentPage.Failed(document.Id, number, e.Code);
            }
        });
        return pages;
    }

    /// <summary>The record of the read pages; null, with the reason on the document, when there is none.</summary>
    private async Task<ExtractionRecord?> ExtractAsync(Document document, DocumentPage[] pages, CancellationToken cancellationToken)
    {
        document.ExtractionFailure = null;
        var read = pages.Select(p => p.ToPageText()).OfType<PageText>().Where(p => p.Source != PageTextSource.Blank).ToList();
        if (read.Count == 0)
        {
            return null;
        }

        try
        {
            var record = await extraction.ExtractAsync(blobs.PathOf(document.Sha256), document.ContentType, read, cancellationToken);
            Log.DocumentExtracted(logger, document.Id, record.DocumentType, record.Persons.Count, record.Fields.Count);
            return record;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.ExtractionFailed(logger, e, document.Id);
            document.ExtractionFailure = ExtractionFailures.Failed;
            return null;
        }
    }

    private async Task StoreAsync(
        Document document, DocumentClaim claim, DocumentPage[] pages, ExtractionRecord? record, CancellationToken cancellationToken)
    {
        db.Pages.AddRange(pages);
        document.PageCount = pages.Length;
        var read = pages.Any(p => p.FailureReason is null);
        document.Status = read ? DocumentStatus.Done : DocumentStatus.Failed;
        document.FailureCode = read ? null : pages[0].FailureCode;
        document.FailureReason = read ? null : ReadFailures.Describe(document.FailureCode);
        claim.Release(document);
        document.UpdatedAt = time.GetUtcNow();

        // What an interrupted run left (pages, fields, links) is deleted in the same transaction as the claim-checked
        // save: a reader that lost its claim deletes and writes nothing.
        var strategy = db.Database.CreateExecutionStrategy();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await strategy.ExecuteInTransactionAsync(
                    async token =>
                    {
                        await db.Pages.Where(p => p.DocumentId == document.Id).ExecuteDeleteAsync(token);
                        await ExtractionWriter.StageAsync(db, document, record, token);
                        await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, token);
                    },
                    async token => await db.Documents.AsNoTracking().AnyAsync(d => d.Id == document.Id && d.UpdatedAt == document.UpdatedAt, token),
                    cancellationToken);
                break;
            }
            catch (DbUpdateException e) when (record is not null && (ExtractionWriter.IsLinkConflict(e) || e is not DbUpdateConcurrencyException))
            {
                if (ExtractionWriter.IsLinkConflict(e) && attempt < MaxLinkAttempts)
                {
                    Log.PersonLinkConflict(logger, document.Id, attempt);
                    continue;
                }

                // The pages are kept whatever the fields do: stored again without them, with the reason.
                Log.ExtractionNotStored(logger, e, document.Id);
                record = null;
                document.ExtractionFailure = ExtractionFailures.NotStored;
            }
        }

        db.ChangeTracker.AcceptAllChanges();
        if (read)
        {
            jobs.Enqueue<IndexJob>(job => job.RunAsync(document.Id, CancellationToken.None));
        }
    }

    /// <summary>Marks the document failed with its code and short reason; the detail was logged with its id.</summary>
    private async Task FailAsync(Document document, DocumentClaim claim, string code, CancellationToken cancellationToken)
    {
        ForgetAllBut(document);
        document.Status = DocumentStatus.Failed;
        document.FailureCode = code;
        document.FailureReason = ReadFailures.Describe(code);
        claim.Release(document);
        document.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Drops the pages and extracted rows of a run that did not store them: a retried or failed document saves only its state.</summary>
    private void ForgetAllBut(Document document)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => !ReferenceEquals(e.Entity, document)).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }
}
