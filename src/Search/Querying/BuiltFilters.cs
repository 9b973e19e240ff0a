using Lucene.Net.Search;

namespace DocArchive.Search.Querying;

/// <summary>
/// The filters of a search as queries: on the documents' entries, on the persons' entries (a document passes when
/// one of its persons does), on the persons listed only (their employer), and the test a person's latest permit end
/// must pass to be listed.
/// </summary>
internal sealed record BuiltFilters(
    Query? Documents,
    Query? Persons,
    Query? ListedPersons,
    Func<int, bool> LatestExpiryPasses)
{
    public static BuiltFilters None { get; } = new(null, null, null, _ => true);
}
