using System.Diagnostics;
using DocArchive.Search.Analysis;
using DocArchive.Search.Columns;
using DocArchive.Search.Indexing;
using Lucene.Net.Documents;
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
            throw new InvalidSearchQueryException($"Page must be 1 or more and page size between 1 and {MaxPageSize}.");
        }

        if ((long)query.Page * query.PageSize > MaxResults)
        {
            throw new InvalidSearchQueryException($"Only the first {MaxResults} results can be paged through; narrow the search.");
        }

        var started = Stopwatch.GetTimestamp();
        var searcher = (ArchiveSearcher)index.Searchers.Acquire();
        try
        {
            var (built, filters, documents) = Prepare(searcher, query.Text);
            var skip = (query.Page - 1) * query.PageSize;
            var wanted = query.Overview ? Math.Max(skip + query.PageSize, PersonLister.FromDocuments) : skip + query.PageSize;
            var top = TopCollector(Order(built, query.Sort), wanted);
            var facets = query.Overview ? new FacetCounter(searcher.Columns) : null;
            var collector = new MatchCollector(top.Collector, facets);
            searcher.Search(documents, collector);
            var best = top.Best().ScoreDocs;
            var shown = best.Skip(skip).Take(query.PageSize).ToList();
            var offsets = TextOffsets.Read(searcher.IndexReader, shown.Select(d => d.Doc), built.HighlightTerms);
            var hits = shown.Select(d => Hit(searcher, offsets[d.Doc], d)).ToList();
            var results = new SearchResults(
                query,
                collector.TotalHits,
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
        var built = queries.Build(text, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), searcher.Columns);
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

        var field = sort == SearchSort.Date
            ? new SortField(IndexSchema.Date, SortFieldType.INT32, reverse: true)
            : new SortField(IndexSchema.Expiry, SortFieldType.INT32);
        var sorted = TopFieldCollector.Create(
            new Sort(field, SortField.FIELD_SCORE), wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        return (sorted, sorted.GetTopDocs);
    }

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
