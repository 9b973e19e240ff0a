using DocArchive.Ingest.Catalog;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Export;

/// <summary>
/// The catalog rows of one page of hits: the documents (without their pages), where their values were read and the
/// persons they name, in three queries. <see cref="Value(Guid, string, string)"/> is the one place that decides what the
/// cell of an extracted value shows, so a corrected value replaces the machine's there.
/// </summary>
internal sealed class ExportBatch
{
    private readonly Dictionary<Guid, Document> documents;

    /// <summary>Where each extracted value was read, by document and record key; the values themselves are the catalog's.</summary>
    private readonly Dictionary<(Guid DocumentId, string Key), ExportValue> fields;

    private readonly ILookup<Guid, PersonDocument> persons;

    private ExportBatch(Dictionary<Guid, Document> documents, Dictionary<(Guid, string), ExportValue> fields, ILookup<Guid, PersonDocument> persons)
    {
        this.documents = documents;
        this.fields = fields;
        this.persons = persons;
    }

    public static async Task<ExportBatch> LoadAsync(CatalogDbContext db, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        var fields = await db.ExtractedFields.AsNoTracking()
            .Where(f => ids.Contains(f.DocumentId))
            .Select(f => new { f.DocumentId, f.Key, Provenance = new ExportValue(null, f.Confidence, f.Page, f.Source) })
            .ToListAsync(cancellationToken);
        var persons = await db.PersonDocuments.AsNoTracking().Where(l => ids.Contains(l.DocumentId)).ToListAsync(cancellationToken);
        return new ExportBatch(
            documents,
            fields.ToDictionary(f => (f.DocumentId, f.Key), f => f.Provenance),
            persons.OrderBy(l => l.Index).ToLookup(l => l.DocumentId));
    }

    /// <summary>The document, unless it left the catalog since the search found it.</summary>
    public Document? Document(Guid id) => documents.GetValueOrDefault(id);

    /// <summary>The persons the document names, in its record's order.</summary>
    public IEnumerable<PersonDocument> Persons(Guid documentId) => persons[documentId];

    /// <summary>
    /// What the cell of field <paramref name="key"/> of the document shows: the value the catalog stores, with where the
    /// machine read it.
    /// </summary>
    public ExportValue Value(Guid documentId, string key, string? stored)
    {
        return fields.TryGetValue((documentId, key), out var provenance)
            ? provenance with { Value = stored }
            : new ExportValue(stored, null, null, null);
    }

    /// <summary>
    /// A value of a person of the document: its record key is prefixed by the person's place (<c>persons[1].name</c>)
    /// after the first; an employer the person's entry does not give is the document's.
    /// </summary>
    public ExportValue Value(PersonDocument person, string key, string? stored)
    {
        ArgumentNullException.ThrowIfNull(person);
        var personKey = person.Index == 0 ? key : $"persons[{person.Index}].{key}";
        return key == "employer" && !fields.ContainsKey((person.DocumentId, personKey))
            ? Value(person.DocumentId, key, stored)
            : Value(person.DocumentId, personKey, stored);
    }
}
