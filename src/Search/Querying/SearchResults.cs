namespace DocArchive.Search.Querying;

/// <summary>
/// One page of documents found (one hit per document, in the query's order), with, when the overview was asked for,
/// the persons and companies they are about and the facet counts of every document found.
/// </summary>
public sealed record SearchResults(
    SearchQuery Query,
    int TotalDocuments,
    IReadOnlyList<SearchHit> Documents,
    IReadOnlyList<PersonHit> Persons,
    IReadOnlyList<CompanyHit> Companies,
    SearchFacets Facets);
