namespace DocArchive.Search.Querying;

/// <summary>
/// What an officer typed, which page of documents they want (1-based) in which order, and whether the persons,
/// companies and facet counts are wanted beside them (an export pages through documents only).
/// </summary>
public sealed record SearchQuery(string Text, int Page = 1, int PageSize = 20, SearchSort Sort = SearchSort.Relevance, bool Overview = true);
