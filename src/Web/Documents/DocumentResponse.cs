using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Reading;

namespace DocArchive.Web.Documents;

/// <summary>
/// A document as the API shows it; <see cref="Searchable"/> is true once it is in the index; <see cref="ActiveContent"/>
/// lists what its original carries that a viewer may run or open (<c>javascript</c>, <c>launch</c>, <c>embeddedFiles</c>;
/// empty for none). <see cref="FailureReason"/> and <see cref="ExtractionFailure"/> are short English reasons. <see cref="Record"/> is
/// the canonical extraction record (null until the document is extracted) and <see cref="PersonIds"/> the catalog
/// person of each of its persons, in the same order.
/// </summary>
public sealed record DocumentResponse(
    Guid Id,
    string FileName,
    string ContentType,
    long Size,
    DateTimeOffset UploadedAt,
    string UploadedBy,
    DocumentStatus Status,
    string? FailureCode,
    string? FailureReason,
    int PageCount,
    bool Searchable,
    IReadOnlyList<string> ActiveContent,
    IReadOnlyList<PageResponse> Pages,
    string? ExtractionFailure,
    ExtractionRecord? Record,
    IReadOnlyList<Guid> PersonIds)
{
    /// <summary>The response of <paramref name="document"/>, loaded with its pages, fields, conflicts and persons.</summary>
    public static DocumentResponse From(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentResponse(
            document.Id,
            document.OriginalName,
            document.ContentType,
            document.Size,
            document.UploadedAt,
            document.UploadedBy,
            document.Status,
            document.FailureCode,
            document.FailureReason,
            document.PageCount,
            document.IndexedAt is not null,
            ActiveContentCodes.Of(document.ActiveContent),
            document.Pages.OrderBy(p => p.Number).Select(PageResponse.From).ToList(),
            document.ExtractionFailure,
            document.ToRecord(),
            [.. document.Persons.OrderBy(p => p.Index).Select(p => p.PersonId)]);
    }
}
