using Lucene.Net.Search;

namespace DocArchive.Search.Querying;

/// <summary>What collecting a search gave: its best documents in order, how many matched, and their facet counts.</summary>
internal sealed record SlicedResult(ScoreDoc[] Best, int TotalHits, FacetCounter? Facets);
