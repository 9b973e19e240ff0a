using DocArchive.Ingest.Model;
using DocArchive.Ingest.Register;
using DocArchive.Search.Indexing;

namespace DocArchive.Ingest.Jobs;

/// <summary>A read document as the index takes it, from the catalog alone: its read pages, extracted values and linked persons.</summary>
public static class IndexedDocuments
{
    /// <summary>The index entry of <paramref name="document"/> (an RPTKA's period is no person's permit end), loaded with its <see cref="Document.Pages"/> and <see cref="Document.Persons"/>.</summary>
    public static IndexedDocument From(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var pages = document.Pages.Where(p => p.FailureReason == null).OrderBy(p => p.Number).Select(p => new IndexedPage(p.Number, p.Text));
        return new IndexedDocument(document.Id, document.OriginalName, document.ContentType, document.UploadedAt, [.. pages])
        {
            DocumentType = document.DocumentType,
            DocumentNumber = document.DocumentNumber,
            Employer = document.Employer,
            DocumentDate = document.DocumentDate,
            Location = document.Location,
            Persons = [.. document.Persons.OrderBy(p => p.Index).Select(p => new IndexedPerson(
                p.Name ?? string.Empty,
                p.PassportNumber,
                p.Nationality,
                p.DateOfBirth,
                p.Employer,
                p.PermitNumber,
                PermitLinks.Expiry(p, document.DocumentType),
                p.PersonId,
                p.Position,
                p.IssueDate,
                p.PassportExpiry))],
        };
    }
}
