using System.Globalization;
using System.Runtime.CompilerServices;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Model;

namespace DocArchive.Web.Export;

/// <summary>
/// Builds the rows of an export from the catalog, a page of hits at a time: one row per document found, or one per person
/// a document found names. Values are the catalog's, officers' corrections applied; each extracted value is followed by
/// its confidence, page and source, and each row says which fields were corrected, by whom and when. Dates are ISO
/// (<c>2025-12-31</c>), times UTC, so a spreadsheet sorts them.
/// </summary>
public sealed class ExportRows(CatalogDbContext db)
{
    private static readonly string[] DocumentStart =
    [
        "document_id", "file_name", "content_type", "pages", "status", "uploaded_at_utc", "uploaded_by", "best_page", "excerpt",
        "document_type", "document_type_confidence",
    ];

    private static readonly ExportField<ExportDocument>[] DocumentFields =
    [
        new("document_number", "documentNumber", d => d.DocumentNumber),
        new("document_date", "documentDate", d => Iso(d.DocumentDate)),
        new("employer", "employer", d => d.Employer),
        new("location", "location", d => d.Location),
    ];

    /// <summary>The record keys of <see cref="DocumentFields"/>: the only values whose provenance a row of documents shows.</summary>
    private static readonly string[] DocumentKeys = [.. DocumentFields.Select(f => f.Key)];

    private static readonly string[] DocumentEnd = ["persons", "passport_numbers", "corrected_fields", "corrected_by"];

    private static readonly string[] PersonStart = ["person_id", "document_id", "file_name", "document_type", "document_date"];

    private static readonly ExportField<PersonDocument>[] PersonFields =
    [
        new("name", "name", p => p.Name),
        new("passport_number", "passportNumber", p => p.PassportNumber),
        new("nationality", "nationality", p => p.Nationality),
        new("date_of_birth", "dateOfBirth", p => Iso(p.DateOfBirth)),
        new("employer", "employer", p => p.Employer),
        new("position", "position", p => p.Position),
        new("permit_number", "permitNumber", p => p.PermitNumber),
        new("issue_date", "issueDate", p => Iso(p.IssueDate)),
        new("expiry_date", "expiryDate", p => Iso(p.ExpiryDate)),
        new("passport_expiry", "passportExpiry", p => Iso(p.PassportExpiry)),
    ];

    private static readonly string[] PersonEnd = ["employer_key", "corrected_fields", "corrected_by"];

    public static IReadOnlyList<string> Header(ExportKind kind) => kind == ExportKind.Persons
        ? [.. PersonStart, .. Columns(PersonFields), .. PersonEnd]
        : [.. DocumentStart, .. Columns(DocumentFields), .. DocumentEnd];

    /// <summary>The rows of the hits, in their order, reading the catalog once per batch; hits no longer in the catalog, or withdrawn, are left out.</summary>
    public async IAsyncEnumerable<IReadOnlyList<string?>> ReadAsync(
        ExportKind kind, IAsyncEnumerable<IReadOnlyList<ExportHit>> batches, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var width = Header(kind).Count;
        await foreach (var hits in batches.WithCancellation(cancellationToken))
        {
            Guid[] ids = [.. hits.Select(h => h.DocumentId)];
            var batch = kind == ExportKind.Documents
                ? await ExportBatch.ForDocumentsAsync(db, ids, DocumentKeys, cancellationToken)
                : await ExportBatch.ForPersonsAsync(db, ids, cancellationToken);
            foreach (var hit in hits)
            {
                if (batch.Document(hit.DocumentId) is not { } document)
                {
                    continue;
                }

                if (kind == ExportKind.Documents)
                {
                    yield return DocumentRow(batch, document, hit, width);
                    continue;
                }

                foreach (var person in batch.Persons(document.Id))
                {
                    yield return PersonRow(batch, document, person, width);
                }
            }
        }
    }

    private static List<string?> DocumentRow(ExportBatch batch, ExportDocument document, ExportHit hit, int width)
    {
        var row = new List<string?>(width)
        {
            document.Id.ToString(),
            document.OriginalName,
            document.ContentType,
            document.PageCount.ToString(CultureInfo.InvariantCulture),
            document.Status.ToString().ToLowerInvariant(),
            document.UploadedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            document.UploadedBy,
            hit.BestPage?.ToString(CultureInfo.InvariantCulture),
            hit.Excerpt,
            document.DocumentType,
            document.DocumentTypeConfidence?.ToString("0.00", CultureInfo.InvariantCulture),
        };
        foreach (var field in DocumentFields)
        {
            batch.Value(document.Id, new FieldKey(null, field.Key), field.Stored(document)).AppendTo(row);
        }

        var persons = batch.Persons(document.Id).ToList();
        row.Add(Joined(persons.Select(p => p.Name)));
        row.Add(Joined(persons.Select(p => p.PassportNumber)));
        AppendCorrections(row, batch.Corrections(document.Id));
        return row;
    }

    private static List<string?> PersonRow(ExportBatch batch, ExportDocument document, PersonDocument person, int width)
    {
        var row = new List<string?>(width)
        {
            person.PersonId.ToString(),
            document.Id.ToString(),
            document.OriginalName,
            document.DocumentType,
            Iso(document.DocumentDate),
        };
        foreach (var field in PersonFields)
        {
            batch.Value(person, field.Key, field.Stored(person)).AppendTo(row);
        }

        row.Add(person.EmployerKey);
        AppendCorrections(row, batch.Corrections(document.Id, person.Index));
        return row;
    }

    /// <summary>The keys of the corrected fields, then who corrected each and when.</summary>
    private static void AppendCorrections(List<string?> row, IEnumerable<ExportCorrection> corrections)
    {
        var list = corrections.ToList();
        row.Add(Joined(list.Select(c => c.Key)));
        row.Add(Joined(list.Select(c => $"{c.CorrectedBy} {c.CorrectedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}")));
    }

    private static string Joined(IEnumerable<string?> values) => string.Join("; ", values.Where(v => !string.IsNullOrEmpty(v)));

    private static IEnumerable<string> Columns<T>(IEnumerable<ExportField<T>> fields) =>
        fields.SelectMany(f => ExportValue.ProvenanceSuffixes.Select(suffix => f.Column + suffix).Prepend(f.Column));

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
