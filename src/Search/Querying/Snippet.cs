namespace DocArchive.Search.Querying;

/// <summary>The page a hit is best shown on and the HTML excerpt of it.</summary>
internal sealed record Snippet(int PageNumber, string Html);
