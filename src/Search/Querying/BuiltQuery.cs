using Lucene.Net.Search;

namespace DocArchive.Search.Querying;

/// <summary>
/// A search box as queries: the one that finds and ranks the documents (null when only filters were typed), the
/// terms that mark the words in their snippets, one per wanted word or phrase that a person's entry can
/// match (name, numbers, employer), the words a company's name is matched against, and the filters.
/// </summary>
internal sealed record BuiltQuery(
    Query? Documents,
    IReadOnlySet<string> HighlightTerms,
    IReadOnlyList<Query> PersonTerms,
    IReadOnlyList<string> CompanyWords,
    BuiltFilters Filters);
