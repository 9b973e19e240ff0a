namespace DocArchive.Search.Querying;

/// <summary>One value of a facet, how many documents found have it, and the filter that narrows the search to it.</summary>
public sealed record FacetValue(string Value, int Count, string Filter);
