using DocArchive.Ingest.Catalog;

namespace DocArchive.Web.Documents;

/// <summary>A document as the API shows it; <see cref="Searchable"/> is true once it is in the index.</summary>
public sealed record DocumentResponse(
    Guid Id,
    string FileName,
    string ContentType,
    long Size,
    DateTimeOffset UploadedAt,
    string UploadedBy,
    DocumentStatus Status,
    string? FailureReason,
    int PageCount,
    bool Searchable,
    IReadOnlyList<PageResponse> Pages)
{
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
            document.FailureReason,
            document.PageCount,
            document.IndexedAt is not null,
            document.Pages.OrderBy(p => p.Number).Select(PageResponse.From).ToList());
    }
}
