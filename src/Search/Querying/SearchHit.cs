namespace DocArchive.Search.Querying;

/// <summary>A document found: the best page and an HTML snippet (text escaped, matches in <c>&lt;mark&gt;</c>).</summary>
public sealed record SearchHit(Guid DocumentId, string FileName, int PageNumber, string SnippetHtml, float Score);
