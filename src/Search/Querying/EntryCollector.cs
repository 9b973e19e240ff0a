using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DocArchive.Search.Querying;

/// <summary>Collects every entry a query matches, in index order, without scores.</summary>
internal sealed class EntryCollector : ICollector
{
    private int segment;

    public List<Entry> Entries { get; } = [];

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        segment = context.Ord;
    }

    public void Collect(int doc) => Entries.Add(new Entry(segment, doc));

    public static List<Entry> Run(IndexSearcher searcher, Query query)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var collector = new EntryCollector();
        searcher.Search(query, collector);
        return collector.Entries;
    }
}
