using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Model;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Corrections;

/// <summary>
/// The fields of done documents an officer should check, newest document first: those read with a confidence below a
/// threshold, those a valid MRZ and a label disagreed on, and those a failing MRZ check digit guards. A corrected field
/// leaves the queue, and so does one confirmed as read while the reading stays the value confirmed. Only fields an officer
/// can correct enter it: an RPTKA's positions and a field report's findings do not.
/// </summary>
public sealed class ReviewQueue(CatalogDbContext db)
{
    /// <summary>The start of an RPTKA position's keys: positions and field-report findings are shown as read, not corrected.</summary>
    private const string PositionPrefix = "positions[";

    public async Task<ReviewPage> ListAsync(double threshold, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var (fields, conflicts, failures) = Kinds(threshold);

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

    /// <summary>How many documents have at least one item waiting in the queue.</summary>
    public async Task<int> DocumentsWaitingAsync(double threshold, CancellationToken cancellationToken)
    {
        var (fields, conflicts, failures) = Kinds(threshold);
        return await fields.Select(x => x.Field.DocumentId)
            .Union(conflicts.Select(x => x.Conflict.DocumentId))
            .Union(failures.Select(x => x.Failure.DocumentId))
            .CountAsync(cancellationToken);
    }

    /// <summary>How many items the queue holds for each of the documents (those with none left out).</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> CountByDocumentAsync(
        double threshold, IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var (fields, conflicts, failures) = Kinds(threshold);
        var ids = documentIds.ToList();
        var counts = new List<(Guid Id, int Count)>();
        foreach (var kind in new[]
        {
            fields.Select(x => x.Field.DocumentId), conflicts.Select(x => x.Conflict.DocumentId), failures.Select(x => x.Failure.DocumentId),
        })
        {
            counts.AddRange((await kind.Where(id => ids.Contains(id)).GroupBy(id => id).Select(g => new { g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken)).Select(g => (g.Key, g.Count)));
        }

        return counts.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
    }

    /// <summary>The three kinds of items, each joined to its done document: doubtful fields, conflicts and failing check digits.</summary>
    private (IQueryable<FieldItem> Fields, IQueryable<ConflictItem> Conflicts, IQueryable<FailureItem> Failures) Kinds(double threshold)
    {
        var done = db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.Done && d.WithdrawnAt == null);

        // Checked: corrected, or confirmed as the machine reads it now.
        var corrections = db.FieldCorrections.AsNoTracking();
        var confirmed = db.FieldConfirmations.AsNoTracking()
            .Where(c => db.ExtractedFields.Any(f => f.DocumentId == c.DocumentId && f.Key == c.Key && f.Value == c.Value));
        var fields = db.ExtractedFields.AsNoTracking()
            .Where(f => f.Confidence < threshold
                && !f.Key.StartsWith(PositionPrefix) && !f.Key.EndsWith(FieldKeys.Finding)
                && !corrections.Any(c => c.DocumentId == f.DocumentId && c.Key == f.Key)
                && !confirmed.Any(c => c.DocumentId == f.DocumentId && c.Key == f.Key))
            .Join(done, f => f.DocumentId, d => d.Id, (f, d) => new FieldItem { Field = f, OriginalName = d.OriginalName, UploadedAt = d.UploadedAt });
        var conflicts = db.ExtractedConflicts.AsNoTracking()
            .Where(c => !corrections.Any(k => k.DocumentId == c.DocumentId && k.Key == c.Key)
                && !confirmed.Any(k => k.DocumentId == c.DocumentId && k.Key == c.Key))
            .Join(done, c => c.DocumentId, d => d.Id, (c, d) => new ConflictItem { Conflict = c, OriginalName = d.OriginalName, UploadedAt = d.UploadedAt });
        var failures = db.MrzCheckFailures.AsNoTracking()
            .Where(f => !corrections.Any(k => k.DocumentId == f.DocumentId && k.Key == f.Key)
                && !confirmed.Any(k => k.DocumentId == f.DocumentId && k.Key == f.Key))
            .Join(done, f => f.DocumentId, d => d.Id, (f, d) => new FailureItem { Failure = f, OriginalName = d.OriginalName, UploadedAt = d.UploadedAt });
        return (fields, conflicts, failures);
    }

    private sealed class FieldItem
    {
        public required ExtractedField Field { get; init; }

        public required string OriginalName { get; init; }

        public DateTimeOffset UploadedAt { get; init; }
    }

    private sealed class ConflictItem
    {
        public required ExtractedConflict Conflict { get; init; }

        public required string OriginalName { get; init; }

        public DateTimeOffset UploadedAt { get; init; }
    }

    private sealed class FailureItem
    {
        public required MrzCheckFailure Failure { get; init; }

        public required string OriginalName { get; init; }

        public DateTimeOffset UploadedAt { get; init; }
    }
}
