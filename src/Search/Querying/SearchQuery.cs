namespace DocArchive.Search.Querying;

/// <summary>What an officer typed, and which page of results they want (1-based).</summary>
public sealed record SearchQuery(string Text, int Page = 1, int PageSize = 20);
