using DocArchive.Ingest.Catalog;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Corrections;

/// <summary>
/// The fields of done documents an officer should check, newest document first: those read with a confidence below a
/// threshold, those a valid MRZ and a label disagreed on, and those a failing MRZ check digit guards. A corrected field
/// leaves the queue.
/// </summary>
public sealed class ReviewQueue(CatalogDbContext db)
{
    public async Task<ReviewPage> ListAsync(double threshold, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var done = db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.Done && d.WithdrawnAt == null);
        var fields = db.ExtractedFields.AsNoTracking()
            .Where(f => f.Confidence < threshold && !db.FieldCorrections.Any(c => c.DocumentId == f.DocumentId && c.Key == f.Key))
            .Join(done, f => f.DocumentId, d => d.Id, (f, d) => new { Field = f, d.OriginalName, d.UploadedAt });
        var conflicts = db.ExtractedConflicts.AsNoTracking()
            .Where(c => !db.FieldCorrections.Any(k => k.DocumentId == c.DocumentId && k.Key == c.Key))
            .Join(done, c => c.DocumentId, d => d.Id, (c, d) => new { Conflict = c, d.OriginalName, d.UploadedAt });
        var failures = db.MrzCheckFailures.AsNoTracking()
            .Where(f => !db.FieldCorrections.Any(k => k.DocumentId == f.DocumentId && k.Key == f.Key))
            .Join(done, f => f.DocumentId, d => d.Id, (f, d) => new { Failure = f, d.OriginalName, d.UploadedAt });

        // Each kind sorted and cut to the rows up to this page, then merged: no page reads more than page × size rows a kind.
        var upTo = page * pageSize;
        var items = new List<ReviewItem>();
        items.AddRange(await fields.OrderByDescending(x => x.UploadedAt).ThenBy(x => x.Field.DocumentId).ThenBy(x => x.Field.Key).Take(upTo)
            .Select(x => new ReviewItem(
                x.Field.DocumentId, x.OriginalName, x.UploadedAt, x.Field.Key, ReviewReason.LowConfidence, x.Field.Value, x.Field.Confidence, x.Field.Page, null))
            .ToListAsync(cancellationToken));
        items.AddRange(await conflicts.OrderByDescending(x => x.UploadedAt).ThenBy(x => x.Conflict.DocumentId).ThenBy(x => x.Conflict.Key).Take(upTo)
            .Select(x => new ReviewItem(
                x.Conflict.DocumentId, x.OriginalName, x.UploadedAt, x.Conflict.Key, ReviewReason.Conflict, x.Conflict.Kept, null, null,
                x.Conflict.Other + " (" + x.Conflict.OtherSource + ")"))
            .ToListAsync(cancellationToken));
        items.AddRange(await failures.OrderByDescending(x => x.UploadedAt).ThenBy(x => x.Failure.DocumentId).ThenBy(x => x.Failure.Key).Take(upTo)
            .Select(x => new ReviewItem(
                x.Failure.DocumentId, x.OriginalName, x.UploadedAt, x.Failure.Key, ReviewReason.MrzCheck, null, null, x.Failure.Page,
                x.Failure.Check + "\n" + x.Failure.Zone))
            .ToListAsync(cancellationToken));
        var total = await fields.CountAsync(cancellationToken) + await conflicts.CountAsync(cancellationToken) + await failures.CountAsync(cancellationToken);
        return new ReviewPage(
            [.. items
                .OrderByDescending(i => i.UploadedAt)
                .ThenBy(i => i.DocumentId)
                .ThenBy(i => i.Key, StringComparer.Ordinal)
                .ThenBy(i => i.Reason)
                .Skip((page - 1) * pageSize)
                .Take(pageSize)],
            total);
    }

    /// <summary>How many documents have at least one field waiting in the queue.</summary>
    public async Task<int> DocumentsWaitingAsync(double threshold, CancellationToken cancellationToken)
    {
        var done = db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.Done && d.WithdrawnAt == null).Select(d => d.Id);
        var fields = db.ExtractedFields.AsNoTracking()
            .Where(f => f.Confidence < threshold && !db.FieldCorrections.Any(c => c.DocumentId == f.DocumentId && c.Key == f.Key))
            .Select(f => f.DocumentId);
        var conflicts = db.ExtractedConflicts.AsNoTracking()
            .Where(c => !db.FieldCorrections.Any(k => k.DocumentId == c.DocumentId && k.Key == c.Key))
            .Select(c => c.DocumentId);
        var failures = db.MrzCheckFailures.AsNoTracking()
            .Where(f => !db.FieldCorrections.Any(k => k.DocumentId == f.DocumentId && k.Key == f.Key))
            .Select(f => f.DocumentId);
        return await done.Where(id => fields.Contains(id) || conflicts.Contains(id) || failures.Contains(id)).CountAsync(cancellationToken);
    }
}
