using DocArchive.Ingest.Extraction;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Catalog;

/// <summary>
/// Writes a document's extraction record into the catalog: its type and document values on the <see cref="Document"/>,
/// one <see cref="ExtractedField"/> per field key, the conflicts, and the persons linked by <see cref="PersonLinker"/>.
/// Whatever an earlier run stored for the document is replaced, so running a document again leaves one set; a person
/// left without any document by that is removed.
/// </summary>
public static class ExtractionWriter
{
    /// <summary>
    /// Stages the record in <paramref name="db"/>: deletes what the document had (at once, so call it inside the
    /// transaction that saves) and adds the new rows to the change tracker, which the caller saves. A null record leaves
    /// the document without extracted values. Calling it again after a failed save starts over.
    /// </summary>
    public static async Task StageAsync(CatalogDbContext db, Document document, ExtractionRecord? record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(document);
        // Links before persons: a person detached first would leave its added links pointing nowhere.
        foreach (var entry in db.ChangeTracker.Entries()
            .Where(e => e.Entity is ExtractedField or ExtractedConflict or Person or PersonDocument)
            .OrderBy(e => e.Entity is Person)
            .ToList())
        {
            entry.State = EntityState.Detached;
        }

        var id = document.Id;
        var previous = await db.PersonDocuments.Where(l => l.DocumentId == id).Select(l => l.PersonId).Distinct().ToListAsync(cancellationToken);
        await db.ExtractedFields.Where(f => f.DocumentId == id).ExecuteDeleteAsync(cancellationToken);
        await db.ExtractedConflicts.Where(c => c.DocumentId == id).ExecuteDeleteAsync(cancellationToken);
        await db.PersonDocuments.Where(l => l.DocumentId == id).ExecuteDeleteAsync(cancellationToken);

        document.DocumentType = CatalogText.Clip(record?.DocumentType, 16);
        document.DocumentTypeConfidence = record?.DocumentTypeConfidence;
        document.DocumentNumber = CatalogText.Clip(record?.DocumentNumber, Document.DocumentNumberMaxLength);
        document.DocumentDate = record?.DocumentDate;
        document.Employer = CatalogText.Clip(record?.Employer, Document.EmployerMaxLength);
        document.EmployerKey = PersonLinker.EmployerKey(document.Employer);
        document.Location = CatalogText.Clip(record?.Location, Document.LocationMaxLength);
        var linked = new HashSet<Guid>();
        if (record is not null)
        {
            db.ExtractedFields.AddRange(record.Fields
                .Where(f => f.Key.Length <= ExtractedField.KeyMaxLength)
                .Select(f => ExtractedField.From(id, f.Key, f.Value)));
            db.ExtractedConflicts.AddRange(record.Conflicts.Select(c => new ExtractedConflict
            {
                Id = Guid.CreateVersion7(),
                DocumentId = id,
                Key = CatalogText.Clip(KeyOf(c, record.Fields), ExtractedField.KeyMaxLength),
                Kept = CatalogText.Clip(c.Kept, ExtractedField.ValueMaxLength),
                KeptSource = CatalogText.Clip(c.KeptSource, 16),
                Other = CatalogText.Clip(c.Other, ExtractedField.ValueMaxLength),
                OtherSource = CatalogText.Clip(c.OtherSource, 16),
            }));
            var links = await PersonLinker.LinkAsync(db, id, record.Persons, cancellationToken);
            linked.UnionWith(links.Select(l => l.PersonId));
        }

        var orphans = previous.Where(p => !linked.Contains(p)).ToList();
        if (orphans.Count > 0)
        {
            await db.Persons.Where(p => orphans.Contains(p.Id) && !p.Documents.Any()).ExecuteDeleteAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Whether a save failed because another writer linked or removed the same persons meanwhile (a passport number
    /// taken, a person gone): staging again links to what is there now.
    /// </summary>
    public static bool IsLinkConflict(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is DbUpdateConcurrencyException concurrency
            ? concurrency.Entries.Count > 0 && concurrency.Entries.All(e => e.Entity is Person)
            : CatalogDatabase.IsConstraintViolation(exception);
    }

    /// <summary>The record's field key the conflict is about: the one whose kept value it names (a conflict knows only the field).</summary>
    private static string KeyOf(FieldConflict conflict, IReadOnlyDictionary<string, FieldEvidence> fields) =>
        fields.Where(f => (f.Key == conflict.Field || f.Key.EndsWith("]." + conflict.Field, StringComparison.Ordinal))
                && f.Value.Value == conflict.Kept && f.Value.Source == conflict.KeptSource)
            .Select(f => f.Key)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault() ?? conflict.Field;
}
