using System.Diagnostics;
using DocArchive.Search.Analysis;
using DocArchive.Search.Columns;
using DocArchive.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;

namespace DocArchive.Search.Querying;

/// <summary>
/// Searches the latest searcher of the index: one hit per document in the query's order, with its best page, and
/// beside them the persons and companies found and the facet counts of every document found.
/// </summary>
public sealed class LuceneDocumentSearch(LuceneDocumentIndex index, TextAnalyzer analyzer, TimeProvider time, ILogger<LuceneDocumentSearch> logger)
    : IDocumentSearch
{
    /// <summary>The deepest result a search pages to.</summary>
    public const int MaxResults = 10_000;

    public const int MaxPageSize = 100;

    private readonly QueryBuilder queries = new(analyzer);

    public SearchResults Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Page < 1 || query.PageSize is < 1 or > MaxPageSize)
        {
            throw new InvalidSearchQueryException(SearchProblem.PageRange, $"Page must be 1 or more and page size between 1 and {MaxPageSize}.", MaxPageSize);
        }

        if ((long)query.Page * query.PageSize > MaxResults)
        {
            throw new InvalidSearchQueryException(SearchProblem.TooDeep, $"Only the first {MaxResults} results can be paged through; narrow the search.", MaxResults);
        }

        var started = Stopwatch.GetTimestamp();
        var searcher = (ArchiveSearcher)index.Searchers.Acquire();
        try
        {
            var (built, filters, documents) = Prepare(searcher, query.Text);
            var skip = (query.Page - 1) * query.PageSize;
            var wanted = query.Overview ? Math.Max(skip + query.PageSize, PersonLister.FromDocuments) : skip + query.PageSize;
            var (best, total, facets) = Collect(searcher, documents, Order(built, query.Sort), wanted, query.Overview);
            var shown = best.Skip(skip).Take(query.PageSize).ToList();
            var offsets = TextOffsets.Read(searcher.IndexReader, shown.Select(d => d.Doc), built.HighlightTerms);
            var hits = shown.Select(d => Hit(searcher, offsets[d.Doc], d)).ToList();
            var results = new SearchResults(
                query,
                total,
                hits,
                facets is null ? [] : PersonLister.List(searcher, best, built.PersonTerms, filters, built.Filters.LatestExpiryPasses),
                facets is null ? [] : CompanyLister.List(searcher, facets.Employers, built.CompanyWords),
                facets?.Facets() ?? SearchFacets.Empty);
            Log.SearchRan(logger, built.HighlightTerms.Count, results.TotalDocuments, Stopwatch.GetElapsedTime(started));
            return results;
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    /// <summary>
    /// The best <paramref name="wanted"/> documents <paramref name="documents"/> finds, how many it finds, and (with
    /// <paramref name="overview"/>) their facet counts: the index's segments split into one contiguous group per core,
    /// each group collected on its own thread, the groups' best merged (ties keep the order of a single pass).
    /// </summary>
    private static (ScoreDoc[] Best, int Total, FacetCounter? Facets) Collect(
        ArchiveSearcher searcher, Query documents, SearchSort sort, int wanted, bool overview)
    {
        var groups = Groups(searcher.IndexReader.Leaves);
        var weight = searcher.CreateNormalizedWeight(documents);
        var parts = groups.Select(_ =>
        {
            var top = TopCollector(sort, wanted);
            return (top.Best, Collector: new MatchCollector(top.Collector, overview ? new FacetCounter(searcher.Columns) : null));
        }).ToArray();
        Parallel.For(0, groups.Count, i => searcher.Collect(groups[i], weight, parts[i].Collector));
        var shards = parts.Select(p => p.Best()).ToArray();
        var best = shards.Length == 1 ? shards[0] : TopDocs.Merge(sort == SearchSort.Relevance ? null : Sorting(sort), wanted, shards);
        var facets = parts[0].Collector.Facets;
        foreach (var part in parts.Skip(1))
        {
            facets?.Add(part.Collector.Facets!);
        }

        return (best.ScoreDocs, parts.Sum(p => p.Collector.TotalHits), facets);
    }

    /// <summary>The segments in contiguous groups of about equal size, one per core (fewer when there are fewer segments).</summary>
    private static List<IList<AtomicReaderContext>> Groups(IList<AtomicReaderContext> leaves)
    {
        var count = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, leaves.Count));
        var size = Math.Max(1L, leaves.Sum(l => (long)l.AtomicReader.MaxDoc));
        var groups = new List<IList<AtomicReaderContext>>();
        var current = new List<AtomicReaderContext>();
        var seen = 0L;
        foreach (var leaf in leaves)
        {
            current.Add(leaf);
            seen += leaf.AtomicReader.MaxDoc;
            if (groups.Count < count - 1 && seen * count >= size * (groups.Count + 1))
            {
                groups.Add(current);
                current = [];
            }
        }

        if (current.Count > 0 || groups.Count == 0)
        {
            groups.Add(current);
        }

        return groups;
    }

    public IEnumerable<IReadOnlyList<SearchHit>> SearchAll(string text, SearchSort sort, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var searcher = (ArchiveSearcher)index.Searchers.Acquire();
        try
        {
            var (built, _, documents) = Prepare(searcher, text);
            var count = new TotalHitCountCollector();
            searcher.Search(documents, count);
            var top = TopCollector(Order(built, sort), Math.Max(1, count.TotalHits));
            searcher.Search(documents, top.Collector);
            foreach (var batch in top.Best().ScoreDocs.Chunk(batchSize))
            {
                var offsets = TextOffsets.Read(searcher.IndexReader, batch.Select(d => d.Doc), built.HighlightTerms);
                yield return [.. batch.Select(d => Hit(searcher, offsets[d.Doc], d))];
            }
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    /// <summary>The query of the search box's <paramref name="text"/>, its filters, and the documents both find.</summary>
    private (BuiltQuery Built, FilterBits Filters, Query Documents) Prepare(ArchiveSearcher searcher, string text)
    {
        var built = queries.Build(text, DateOnly.FromDateTime(time.GetLocalNow().DateTime), searcher.Columns);
        var filters = new FilterBits(searcher, built.Filters);
        return (built, filters, new FilteredQuery(built.Documents ?? new MatchAllDocsQuery(), filters.Documents));
    }

    /// <summary>The order asked for; filters alone score every document alike, so their relevance is the newest first.</summary>
    private static SearchSort Order(BuiltQuery built, SearchSort sort) =>
        built.Documents is null && sort == SearchSort.Relevance ? SearchSort.Date : sort;

    private static (ICollector Collector, Func<TopDocs> Best) TopCollector(SearchSort sort, int wanted)
    {
        if (sort == SearchSort.Relevance)
        {
            var scored = TopScoreDocCollector.Create(wanted, docsScoredInOrder: false);
            return (scored, scored.GetTopDocs);
        }

        // Fields filled: merging the best of several groups of segments compares them.
        var sorted = TopFieldCollector.Create(Sorting(sort), wanted, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        return (sorted, sorted.GetTopDocs);
    }

    private static Sort Sorting(SearchSort sort) => new(
        sort == SearchSort.Date ? new SortField(IndexSchema.Date, SortFieldType.INT32, reverse: true) : new SortField(IndexSchema.Expiry, SortFieldType.INT32),
        SortField.FIELD_SCORE);

    private static SearchHit Hit(IndexSearcher searcher, List<TextMatch> matches, ScoreDoc scoreDoc)
    {
        var document = searcher.Doc(scoreDoc.Doc);
        var snippet = SnippetBuilder.Build(matches, Pages(document));
        return new SearchHit(
            Guid.Parse(document.Get(IndexSchema.Id)),
            document.Get(IndexSchema.FileName),
            snippet.PageNumber,
            snippet.Html,
            float.IsFinite(scoreDoc.Score) ? scoreDoc.Score : 0,
            document.Get(IndexSchema.DocumentType),
            Day(document, IndexSchema.Date),
            Day(document, IndexSchema.Uploaded),
            document.Get(IndexSchema.Employer));
    }

    private static DateOnly Day(Document document, string field) =>
        DateOnly.FromDayNumber(document.GetField(field)?.GetInt32Value() ?? DateOnly.MinValue.DayNumber);

    private static List<StoredPage> Pages(Document document)
    {
        var numbers = document.GetFields(IndexSchema.PageNumber);
        var texts = document.GetValues(IndexSchema.PageText);
        return numbers.Zip(texts, (n, t) => new StoredPage(n.GetInt32Value() ?? 0, t)).ToList();
    }
}
