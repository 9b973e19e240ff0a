using DocArchive.Search.Columns;
using DocArchive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DocArchive.Search.Querying;

/// <summary>
/// Collects a search over the segments, a broad one in as many contiguous slices as there are cores (at most two,
/// balanced by entries), each slice on its own thread with its own best documents and facet counts, then merges
/// them: a search that matches most of the archive takes about half as long when the second core is free.
/// </summary>
internal static class SlicedSearch
{
    private const int MaxSlices = 2;

    /// <summary>A search is sliced when it may match at least one entry in this many of a segment.</summary>
    private const int BroadShare = 8;

    public static SlicedResult Run(ArchiveSearcher searcher, Query query, SearchSort sort, int wanted, bool countFacets)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        var slices = IsBroad(weight, leaves) ? Slices(leaves) : [leaves];
        var tops = new (ICollector Collector, Func<TopDocs> Best)[slices.Count];
        var collectors = new MatchCollector[slices.Count];
        for (var i = 0; i < slices.Count; i++)
        {
            tops[i] = TopCollector(sort, wanted, fillFields: slices.Count > 1);
            collectors[i] = new MatchCollector(tops[i].Collector, countFacets ? new FacetCounter(searcher.Columns) : null);
        }

        if (slices.Count == 1)
        {
            searcher.Collect(slices[0], weight, collectors[0]);
        }
        else
        {
            Parallel.For(0, slices.Count, i => searcher.Collect(slices[i], weight, collectors[i]));
        }

        var facets = collectors[0].Facets;
        for (var i = 1; i < collectors.Length; i++)
        {
            facets?.Add(collectors[i].Facets!);
        }

        var best = slices.Count == 1
            ? tops[0].Best()
            : TopDocs.Merge(sort == SearchSort.Relevance ? null : Order(sort), wanted, tops.Select(t => t.Best()).ToArray());
        return new SlicedResult(best.ScoreDocs, collectors.Sum(c => c.TotalHits), facets);
    }

    /// <summary>
    /// Whether the search is likely to match a good part of the archive, judged by the estimated matches in its first
    /// (largest) segment: a narrow one is over before a second thread would have started.
    /// </summary>
    private static bool IsBroad(Weight weight, IList<AtomicReaderContext> leaves)
    {
        if (leaves.Count < 2 || Environment.ProcessorCount < 2)
        {
            return false;
        }

        var first = leaves[0];
        var scorer = weight.GetScorer(first, first.AtomicReader.LiveDocs);
        return scorer is not null && scorer.GetCost() * BroadShare >= first.AtomicReader.MaxDoc;
    }

    /// <summary>Contiguous runs of leaves, so that merged ties keep the index order.</summary>
    private static List<IList<AtomicReaderContext>> Slices(IList<AtomicReaderContext> leaves)
    {
        var count = Math.Min(Math.Min(MaxSlices, Environment.ProcessorCount), leaves.Count);
        if (count <= 1)
        {
            return [leaves];
        }

        var total = leaves.Sum(l => (long)l.AtomicReader.MaxDoc);
        var slices = new List<IList<AtomicReaderContext>>();
        var current = new List<AtomicReaderContext>();
        var seen = 0L;
        foreach (var leaf in leaves)
        {
            current.Add(leaf);
            seen += leaf.AtomicReader.MaxDoc;
            if (slices.Count < count - 1 && seen * count >= total * (slices.Count + 1))
            {
                slices.Add(current);
                current = [];
            }
        }

        if (current.Count > 0)
        {
            slices.Add(current);
        }

        return slices;
    }

    private static (ICollector Collector, Func<TopDocs> Best) TopCollector(SearchSort sort, int wanted, bool fillFields)
    {
        if (sort == SearchSort.Relevance)
        {
            var scored = TopScoreDocCollector.Create(wanted, docsScoredInOrder: false);
            return (scored, scored.GetTopDocs);
        }

        var sorted = TopFieldCollector.Create(
            Order(sort), wanted, fillFields, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        return (sorted, sorted.GetTopDocs);
    }

    private static Sort Order(SearchSort sort) => new(
        sort == SearchSort.Date
            ? new SortField(IndexSchema.Date, SortFieldType.INT32, reverse: true)
            : new SortField(IndexSchema.Expiry, SortFieldType.INT32),
        SortField.FIELD_SCORE);
}
