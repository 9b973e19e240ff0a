using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Register.Persons;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Catalog;

/// <summary>
/// Writes a document's extraction record into the catalog: its type and document values on the <see cref="Document"/>,
/// one <see cref="ExtractedField"/> per field key, the conflicts and failing MRZ check digits, and the persons linked by
/// <see cref="PersonLinker"/>. The document's <see cref="FieldCorrection"/>s are applied to the document's and persons'
/// values (the fields keep the machine's), and a corrected name, nationality or date of birth is the linked person's.
/// Whatever an earlier run stored for the document is replaced, corrections excepted, so running a document again leaves
/// one set; a person left without any document by that is removed.
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
            .Where(e => e.Entity is ExtractedField or ExtractedConflict or MrzCheckFailure or Person or PersonDocument)
            .OrderBy(e => e.Entity is Person)
            .ToList())
        {
            entry.State = EntityState.Detached;
        }

        var id = document.Id;
        var previous = await PersonsOfAsync(db, id, cancellationToken);
        await db.ExtractedFields.Where(f => f.DocumentId == id).ExecuteDeleteAsync(cancellationToken);
        await db.ExtractedConflicts.Where(c => c.DocumentId == id).ExecuteDeleteAsync(cancellationToken);
        await db.MrzCheckFailures.Where(f => f.DocumentId == id).ExecuteDeleteAsync(cancellationToken);
        await db.PersonDocuments.Where(l => l.DocumentId == id).ExecuteDeleteAsync(cancellationToken);
        var corrections = await db.FieldCorrections.AsNoTracking().Where(c => c.DocumentId == id).ToListAsync(cancellationToken);
        record = record is null ? null : CorrectionRules.Apply(record, corrections);

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
            db.MrzCheckFailures.AddRange(record.MrzFailures.Select(f => new MrzCheckFailure
            {
                Id = Guid.CreateVersion7(),
                DocumentId = id,
                Page = f.Page,
                Check = CatalogText.Clip(f.Check, 16),
                Key = CatalogText.Clip(f.Key, ExtractedField.KeyMaxLength),
                Zone = CatalogText.Clip(f.Zone, MrzCheckFailure.ZoneMaxLength),
            }));
            var links = await PersonLinker.LinkAsync(db, id, record.Persons, cancellationToken);
            TakeCorrectedIdentities(db, links, corrections);
            linked.UnionWith(links.SelectMany(l => new[] { l.PersonId, l.MatchedPersonId }));
        }

        await PersonLinker.RemoveUnlinkedAsync(db, [.. previous.Where(p => !linked.Contains(p))], cancellationToken);
    }

    /// <summary>The persons a document's links name: those it counts under and those its values matched.</summary>
    public static async Task<List<Guid>> PersonsOfAsync(CatalogDbContext db, Guid documentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var links = await db.PersonDocuments.Where(l => l.DocumentId == documentId)
            .Select(l => new { l.PersonId, l.MatchedPersonId })
            .ToListAsync(cancellationToken);
        return [.. links.SelectMany(l => new[] { l.PersonId, l.MatchedPersonId }).Distinct()];
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

    /// <summary>
    /// An officer's name, nationality or date of birth is the linked person's too, over what another document gave first
    /// (linking otherwise never overwrites a person's values).
    /// </summary>
    private static void TakeCorrectedIdentities(CatalogDbContext db, IReadOnlyList<PersonDocument> links, List<FieldCorrection> corrections)
    {
        foreach (var correction in corrections)
        {
            if (!FieldKey.TryParse(correction.Key, out var key) || key.Person is not { } index || index >= links.Count)
            {
                continue;
            }

            var link = links[index];
            var person = db.Persons.Local.First(p => p.Id == link.PersonId);
            switch (key.Field)
            {
                case "name":
                    person.Name = link.Name;
                    break;
                case "nationality":
                    person.Nationality = link.Nationality;
                    break;
                case "dateOfBirth":
                    person.DateOfBirth = link.DateOfBirth;
                    break;
            }
        }
    }

    /// <summary>The record's field key the conflict is about: the one whose kept value it names (a conflict knows only the field).</summary>
    private static string KeyOf(FieldConflict conflict, IReadOnlyDictionary<string, FieldEvidence> fields) =>
        fields.Where(f => (f.Key == conflict.Field || f.Key.EndsWith("]." + conflict.Field, StringComparison.Ordinal))
                && f.Value.Value == conflict.Kept && f.Value.Source == conflict.KeptSource)
            .Select(f => f.Key)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault() ?? conflict.Field;
}
