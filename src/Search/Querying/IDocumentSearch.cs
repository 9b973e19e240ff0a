namespace DocArchive.Search.Querying;

/// <summary>Full-text search over the index, near real time.</summary>
public interface IDocumentSearch
{
    /// <summary>Runs a query; an unparsable query throws <see cref="InvalidSearchQueryException"/>.</summary>
    SearchResults Search(SearchQuery query);
}
