namespace DocArchive.Search.Querying;

/// <summary>
/// A document found: the best page and an HTML snippet (text escaped, matches in <c>&lt;mark&gt;</c>), with what the
/// document is: its type, date (the upload day when it has none), upload day and employer as printed.
/// </summary>
public sealed record SearchHit(
    Guid DocumentId,
    string FileName,
    int PageNumber,
    string SnippetHtml,
    float Score,
    string? DocumentType,
    DateOnly Date,
    DateOnly Uploaded,
    string? Employer);
