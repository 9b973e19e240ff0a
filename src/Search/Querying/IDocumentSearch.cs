namespace DocArchive.Search.Querying;

/// <summary>Full-text search over the index, near real time.</summary>
public interface IDocumentSearch
{
    /// <summary>Runs a query; an unparsable query throws <see cref="InvalidSearchQueryException"/>.</summary>
    SearchResults Search(SearchQuery query);

    /// <summary>
    /// Every document the search box's <paramref name="text"/> finds, in <paramref name="sort"/>'s order, with page and
    /// snippet, <paramref name="batchSize"/> at a time and all from one reading of the index (for exports, beyond the
    /// depth a page of results reaches); an unparsable query throws <see cref="InvalidSearchQueryException"/> when the
    /// first batch is read.
    /// </summary>
    IEnumerable<IReadOnlyList<SearchHit>> SearchAll(string text, SearchSort sort, int batchSize);
}
