using Lucene.Net.Search;

namespace DocArchive.Search.Querying;

/// <summary>
/// The filters of a search: the column tests of the documents' entries and of the persons' entries (a document
/// passes when one of its persons passes all of theirs), the employer as a query on the documents' entries and on
/// the persons listed, and the test a person's latest permit end must pass to be listed.
/// </summary>
internal sealed record BuiltFilters(
    IReadOnlyList<ColumnFilter> Documents,
    Query? DocumentEmployer,
    IReadOnlyList<ColumnFilter> Persons,
    Query? ListedPersons,
    Func<int, bool> LatestExpiryPasses)
{
    public static BuiltFilters None { get; } = new([], null, [], null, _ => true);
}
