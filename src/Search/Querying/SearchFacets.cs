namespace DocArchive.Search.Querying;

/// <summary>Counts of the documents found by type, persons' nationality, employer and year, most frequent (latest year) first.</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Types,
    IReadOnlyList<FacetValue> Nationalities,
    IReadOnlyList<FacetValue> Employers,
    IReadOnlyList<FacetValue> Years)
{
    public static SearchFacets Empty { get; } = new([], [], [], []);
}
