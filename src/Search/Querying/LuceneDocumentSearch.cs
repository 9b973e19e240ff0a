using System.Diagnostics;
using DocArchive.Search.Analysis;
using DocArchive.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;

namespace DocArchive.Search.Querying;

/// <summary>Searches the latest searcher of the index: one hit per document, best first, with its best page.</summary>
public sealed class LuceneDocumentSearch(LuceneDocumentIndex index, TextAnalyzer analyzer, ILogger<LuceneDocumentSearch> logger)
    : IDocumentSearch
{
    /// <summary>The deepest result a search pages to.</summary>
    public const int MaxResults = 10_000;

    public const int MaxPageSize = 100;

    private readonly QueryBuilder queries = new(analyzer);
    private readonly SnippetBuilder snippets = new(analyzer);

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
        var built = queries.Build(query.Text);
        var searcher = index.Searchers.Acquire();
        try
        {
            var skip = (query.Page - 1) * query.PageSize;
            var top = searcher.Search(built.Search, skip + query.PageSize);
            var hits = top.ScoreDocs.Skip(skip).Select(d => Hit(searcher, built.Highlight, d)).ToList();
            Log.SearchRan(logger, built.Highlight.Clauses.Count, top.TotalHits, Stopwatch.GetElapsedTime(started));
            return new SearchResults(query, top.TotalHits, hits);
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    private SearchHit Hit(IndexSearcher searcher, Query query, ScoreDoc scoreDoc)
    {
        var document = searcher.Doc(scoreDoc.Doc);
        var snippet = snippets.Build(query, Pages(document));
        return new SearchHit(
            Guid.Parse(document.Get(IndexSchema.Id)),
            document.Get(IndexSchema.FileName),
            snippet.PageNumber,
            snippet.Html,
            scoreDoc.Score);
    }

    private static List<StoredPage> Pages(Document document)
    {
        var numbers = document.GetFields(IndexSchema.PageNumber);
        var texts = document.GetValues(IndexSchema.PageText);
        return numbers.Zip(texts, (n, t) => new StoredPage(n.GetInt32Value() ?? 0, t)).ToList();
    }
}
