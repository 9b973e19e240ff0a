using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DocArchive.Search.Querying;

/// <summary>Keeps the best documents for the page and the persons, and counts the facets of every document found.</summary>
internal sealed class MatchCollector(ICollector top, FacetCounter? facets) : ICollector
{
    public int TotalHits { get; private set; }

    public FacetCounter? Facets => facets;

    public bool AcceptsDocsOutOfOrder => top.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => top.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        top.SetNextReader(context);
        facets?.SetSegment(context.Ord);
    }

    public void Collect(int doc)
    {
        top.Collect(doc);
        facets?.Count(doc);
        TotalHits++;
    }
}
