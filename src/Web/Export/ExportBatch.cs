using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Model;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Export;

/// <summary>
/// The catalog rows of one page of hits, only the columns the export shows: the documents, where their values were read,
/// the persons they name and officers' corrections, in four queries. <see cref="Value(Guid, FieldKey, string)"/> is the one
/// place that decides what the cells of an extracted value show.
/// </summary>
internal sealed class ExportBatch
{
    private readonly Dictionary<Guid, ExportDocument> documents;

    /// <summary>Where each extracted value was read, by document and record key; the values themselves are the catalog's.</summary>
    private readonly Dictionary<(Guid DocumentId, string Key), ExportValue> fields;

    private readonly ILookup<Guid, PersonDocument> persons;

    private readonly ILookup<Guid, ExportCorrection> corrections;

    private readonly HashSet<(Guid DocumentId, string Key)> corrected;

    private ExportBatch(
        Dictionary<Guid, ExportDocument> documents,
        Dictionary<(Guid, string), ExportValue> fields,
        ILookup<Guid, PersonDocument> persons,
        ILookup<Guid, ExportCorrection> corrections)
    {
        this.documents = documents;
        this.fields = fields;
        this.persons = persons;
        this.corrections = corrections;
        corrected = [.. corrections.SelectMany(c => c).Select(c => (c.DocumentId, c.Key))];
    }

    /// <summary>For rows of documents: where the values of <paramref name="keys"/> were read, and each person's name and passport number.</summary>
    public static async Task<ExportBatch> ForDocumentsAsync(
        CatalogDbContext db, IReadOnlyList<Guid> ids, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var persons = await db.PersonDocuments
            .Where(l => EF.Parameter(ids).Contains(l.DocumentId))
            .Select(l => new PersonDocument { DocumentId = l.DocumentId, Index = l.Index, Name = l.Name, PassportNumber = l.PassportNumber })
            .ToListAsync(cancellationToken);
        return await LoadAsync(db, ids, db.ExtractedFields.Where(f => EF.Parameter(ids).Contains(f.DocumentId) && keys.Contains(f.Key)), persons, cancellationToken);
    }

    /// <summary>For rows of persons: where every value was read, and the persons whole.</summary>
    public static async Task<ExportBatch> ForPersonsAsync(CatalogDbContext db, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var persons = await db.PersonDocuments.AsNoTracking().Where(l => EF.Parameter(ids).Contains(l.DocumentId)).ToListAsync(cancellationToken);
        return await LoadAsync(db, ids, db.ExtractedFields.Where(f => EF.Parameter(ids).Contains(f.DocumentId)), persons, cancellationToken);
    }

    /// <summary>The document, unless it left the catalog or was withdrawn since the search found it.</summary>
    public ExportDocument? Document(Guid id) => documents.GetValueOrDefault(id);

    /// <summary>The persons the document names, in its record's order.</summary>
    public IEnumerable<PersonDocument> Persons(Guid documentId) => persons[documentId];

    /// <summary>The document's corrections, by key; with <paramref name="person"/>, only those of that person's values.</summary>
    public IEnumerable<ExportCorrection> Corrections(Guid documentId, int? person = null) =>
        corrections[documentId].Where(c => person is null || (FieldKey.TryParse(c.Key, out var key) && key.Person == person));

    /// <summary>
    /// The cells of field <paramref name="key"/> of the document: the value the catalog stores (an officer's correction
    /// already in it) with where the machine read it, or, when an officer corrected it, the page and
    /// <see cref="ExportValue.CorrectionSource"/>.
    /// </summary>
    public ExportValue Value(Guid documentId, FieldKey key, string? stored)
    {
        var name = key.ToString();
        var read = fields.GetValueOrDefault((documentId, name));
        if (corrected.Contains((documentId, name)))
        {
            return new ExportValue(stored, null, read?.Page, ExportValue.CorrectionSource);
        }

        return read is null ? new ExportValue(stored, null, null, null) : read with { Value = stored };
    }

    /// <summary>A value of a person of the document; an employer the person's entry does not give is the document's.</summary>
    public ExportValue Value(PersonDocument person, string field, string? stored)
    {
        ArgumentNullException.ThrowIfNull(person);
        var key = new FieldKey(person.Index, field);
        var inherited = field == "employer" && person.Index > 0
            && !fields.ContainsKey((person.DocumentId, key.ToString())) && !corrected.Contains((person.DocumentId, key.ToString()));
        return Value(person.DocumentId, inherited ? new FieldKey(0, field) : key, stored);
    }

    private static async Task<ExportBatch> LoadAsync(
        CatalogDbContext db, IReadOnlyList<Guid> ids, IQueryable<ExtractedField> read, List<PersonDocument> persons, CancellationToken cancellationToken)
    {
        var documents = await db.Documents
            .Where(d => EF.Parameter(ids).Contains(d.Id) && d.WithdrawnAt == null)
            .Select(d => new ExportDocument(
                d.Id, d.OriginalName, d.ContentType, d.PageCount, d.Status, d.UploadedAt, d.UploadedBy, d.DocumentType,
                d.DocumentTypeConfidence, d.DocumentNumber, d.DocumentDate, d.Employer, d.Location))
            .ToDictionaryAsync(d => d.Id, cancellationToken);
        var fields = await read
            .Select(f => new { f.DocumentId, f.Key, Provenance = new ExportValue(null, f.Confidence, f.Page, f.Source) })
            .ToDictionaryAsync(f => (f.DocumentId, f.Key), f => f.Provenance, cancellationToken);
        var corrections = await db.FieldCorrections
            .Where(c => EF.Parameter(ids).Contains(c.DocumentId))
            .Select(c => new ExportCorrection(c.DocumentId, c.Key, c.CorrectedBy, c.CorrectedAt))
            .ToListAsync(cancellationToken);
        return new ExportBatch(
            documents,
            fields,
            persons.OrderBy(l => l.Index).ToLookup(l => l.DocumentId),
            corrections.OrderBy(c => c.Key, StringComparer.Ordinal).ToLookup(c => c.DocumentId));
    }
}
