using DocArchive.Ingest.Blobs;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Reading;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DocArchive.Ingest.Jobs;

/// <summary>
/// Takes in an upload: stores the original, records the document and enqueues its reading. The same bytes are the
/// same document (no second reading); a file of a kind DocArchive does not read is kept and recorded failed.
/// </summary>
public sealed class DocumentIntake(
    CatalogDbContext db,
    BlobStore blobs,
    IBackgroundJobClient jobs,
    TimeProvider time,
    ILogger<DocumentIntake> logger)
{
    public const string UnknownContentType = "application/octet-stream";

    public async Task<IntakeResult> AddAsync(Stream content, string? fileName, string uploadedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(uploadedBy);
        var blob = await blobs.StoreAsync(content, cancellationToken);
        var existing = await FindAsync(blob.Sha256, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var code = blob switch
        {
            { Size: 0 } => ReadFailures.Empty,
            { ContentType: null } => ReadFailures.UnknownKind,
            _ => null,
        };
        var reason = code is null ? null : ReadFailures.Describe(code);
        var now = time.GetUtcNow();
        var document = new Document
        {
            Id = Guid.CreateVersion7(now),
            Sha256 = blob.Sha256,
            OriginalName = OriginalFileName.Clean(fileName),
            ContentType = blob.ContentType ?? UnknownContentType,
            Size = blob.Size,
            UploadedAt = now,
            UploadedBy = uploadedBy,
            UpdatedAt = now,
            Status = reason is null ? DocumentStatus.Queued : DocumentStatus.Failed,
            FailureReason = reason,
            FailureCode = code,
        };
        db.Documents.Add(document);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same bytes uploaded at the same moment: the other upload made the document.
            db.Entry(document).State = EntityState.Detached;
            var raced = await FindAsync(blob.Sha256, cancellationToken);
            if (raced is null)
            {
                throw;
            }

            return raced;
        }

        if (reason is null)
        {
            jobs.Enqueue<IngestJob>(job => job.RunAsync(document.Id, CancellationToken.None));
        }

        Log.DocumentAccepted(logger, document.Id, document.OriginalName, document.ContentType, document.Size);
        return new IntakeResult(document.Id, document.OriginalName, uploadedBy, document.Status, code, reason, Duplicate: false);
    }

    private async Task<IntakeResult?> FindAsync(string sha256, CancellationToken cancellationToken) =>
        await db.Documents.AsNoTracking()
            .Where(d => d.Sha256 == sha256)
            .Select(d => new IntakeResult(d.Id, d.OriginalName, d.UploadedBy, d.Status, d.FailureCode, d.FailureReason, true))
            .FirstOrDefaultAsync(cancellationToken);
}
