namespace DocArchive.Search.Indexing;

/// <summary>A document as the index sees it: what is searched and what a hit shows.</summary>
public sealed record IndexedDocument(
    Guid Id,
    string FileName,
    string ContentType,
    DateTimeOffset UploadedAt,
    IReadOnlyList<IndexedPage> Pages);
