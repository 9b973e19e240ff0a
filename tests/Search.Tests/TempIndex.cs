using DocArchive.Search.Analysis;
using DocArchive.Search.Indexing;
using DocArchive.Search.Querying;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DocArchive.Search.Tests;

/// <summary>A real index in a temporary directory, with its searcher; deleted on dispose.</summary>
public sealed class TempIndex : IDisposable
{
    private readonly TextAnalyzer analyzer = new();

    public TempIndex(string? path = null)
    {
        Path = path ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "docarchive-index-" + Guid.NewGuid().ToString("N"));
        Index = new LuceneDocumentIndex(
            Options.Create(new SearchOptions { IndexPath = Path }), analyzer, NullLogger<LuceneDocumentIndex>.Instance);
        Search = new LuceneDocumentSearch(Index, analyzer, TimeProvider.System, NullLogger<LuceneDocumentSearch>.Instance);
    }

    public string Path { get; }

    public LuceneDocumentIndex Index { get; }

    public LuceneDocumentSearch Search { get; }

    public static IndexedDocument Document(params string[] pages) => Named(Guid.NewGuid(), "scan.pdf", pages);

    public static IndexedDocument Named(Guid id, string fileName, params string[] pages) => new(
        id,
        fileName,
        "application/pdf",
        DateTimeOffset.UnixEpoch,
        pages.Select((text, i) => new IndexedPage(i + 1, text)).ToList());

    public async Task<IndexedDocument> AddAsync(params string[] pages)
    {
        var document = Document(pages);
        await Index.IndexAsync(document, CancellationToken.None);
        return document;
    }

    public SearchResults Find(string text, int page = 1, int pageSize = 20) => Search.Search(new SearchQuery(text, page, pageSize));

    public IReadOnlyList<Guid> Ids(string text) => Find(text).Documents.Select(h => h.DocumentId).ToList();

    /// <summary>Closes the index but keeps its directory, to open it again.</summary>
    public void Close()
    {
        Index.Dispose();
        analyzer.Dispose();
    }

    public void Dispose()
    {
        Close();
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
