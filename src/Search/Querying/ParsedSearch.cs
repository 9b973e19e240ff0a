namespace DocArchive.Search.Querying;

/// <summary>The search box read: the words and phrases to look for and the filters that narrow them.</summary>
internal sealed record ParsedSearch(IReadOnlyList<SearchTerm> Terms, IReadOnlyList<SearchFilter> Filters);
