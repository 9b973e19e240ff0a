namespace DocArchive.Search.Querying;

/// <summary>One page of hits, one per document, best first.</summary>
public sealed record SearchResults(SearchQuery Query, int TotalDocuments, IReadOnlyList<SearchHit> Hits);
