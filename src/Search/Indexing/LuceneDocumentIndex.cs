using System.Diagnostics;
using DocArchive.Search.Analysis;
using DocArchive.Search.Columns;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace DocArchive.Search.Indexing;

/// <summary>
/// The one writer of the index directory and the near-real-time searchers over it. A write returns once a new
/// searcher sees it; pending writes are committed every <see cref="SearchOptions.CommitInterval"/> and on dispose.
/// Every commit records <see cref="IndexSchema.Layout"/>; an index written in another layout is emptied on opening,
/// and the start-up comparison with the catalog indexes every document again.
/// </summary>
public sealed class LuceneDocumentIndex : IDocumentIndex, IDisposable
{
    private readonly string path;
    private readonly ILogger<LuceneDocumentIndex> logger;
    private readonly LuceneDirectory directory;
    private readonly IndexWriter writer;
    private readonly TrackingIndexWriter tracking;
    private readonly SearcherManager searchers;
    private readonly ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task committer;
    private int disposed;

    public LuceneDocumentIndex(IOptions<SearchOptions> options, TextAnalyzer analyzer, ILogger<LuceneDocumentIndex> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        path = Path.GetFullPath(settings.IndexPath);
        this.logger = logger;
        System.IO.Directory.CreateDirectory(path);
        // FSDirectory.Open would map the files: this Lucene.Net release registers every clone of a mapped file in a
        // weak table that the finalizer thread keeps sweeping, which costs more than plain reads from the page cache.
        directory = new SimpleFSDirectory(path);
        writer = new IndexWriter(directory, new IndexWriterConfig(TextAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = settings.RamBufferMegabytes,
        });
        var stored = writer.CommitData.TryGetValue(IndexSchema.LayoutKey, out var layout) ? layout : null;
        if (writer.NumDocs > 0 && stored != IndexSchema.Layout)
        {
            writer.DeleteAll();
            Log.IndexLayoutChanged(logger, path, stored ?? "none", IndexSchema.Layout);
        }

        writer.SetCommitData(new Dictionary<string, string> { [IndexSchema.LayoutKey] = IndexSchema.Layout });
        writer.Commit();
        tracking = new TrackingIndexWriter(writer);
        searchers = new SearcherManager(writer, applyAllDeletes: true, new ArchiveSearcherFactory());
        reopener = new ControlledRealTimeReopenThread<IndexSearcher>(
            tracking, searchers, settings.RefreshInterval.TotalSeconds, targetMinStaleSec: 0)
        {
            IsBackground = true,
            Name = "search-index-reopen",
        };
        reopener.Start();
        committer = CommitPeriodicallyAsync(settings.CommitInterval, stopping.Token);
        Log.IndexOpened(logger, path, writer.NumDocs);
    }

    /// <summary>The searchers (each an <see cref="ArchiveSearcher"/>): acquire one, use it, release it.</summary>
    internal ReferenceManager<IndexSearcher> Searchers => searchers;

    public async Task IndexAsync(IndexedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var started = Stopwatch.GetTimestamp();
        var generation = tracking.UpdateDocuments(DocumentMapper.IdTerm(document.Id), DocumentMapper.Map(document));
        await WaitUntilSearchableAsync(generation, cancellationToken).ConfigureAwait(false);
        Log.DocumentIndexed(logger, document.Id, document.Pages.Count, Stopwatch.GetElapsedTime(started));
    }

    public async Task IndexManyAsync(IEnumerable<IndexedDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var started = Stopwatch.GetTimestamp();
        var generation = -1L;
        var count = 0;
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            generation = tracking.UpdateDocuments(DocumentMapper.IdTerm(document.Id), DocumentMapper.Map(document));
            count++;
        }

        if (count > 0)
        {
            await WaitUntilSearchableAsync(generation, cancellationToken).ConfigureAwait(false);
            Log.BatchIndexed(logger, count, Stopwatch.GetElapsedTime(started));
        }
    }

    public async Task RemoveAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var generation = tracking.DeleteDocuments(DocumentMapper.IdTerm(documentId));
        await WaitUntilSearchableAsync(generation, cancellationToken).ConfigureAwait(false);
        Log.DocumentRemoved(logger, documentId);
    }

    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        var generation = tracking.DeleteAll();
        writer.Commit();
        await WaitUntilSearchableAsync(generation, cancellationToken).ConfigureAwait(false);
        Log.IndexCleared(logger, path);
    }

    public IReadOnlySet<Guid> DocumentIds()
    {
        var searcher = searchers.Acquire();
        try
        {
            var ids = new HashSet<Guid>();
            DocsEnum? docs = null;
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                var terms = reader.GetTerms(IndexSchema.Id);
                if (terms is null)
                {
                    continue;
                }

                var term = terms.GetEnumerator();
                while (term.MoveNext())
                {
                    docs = term.Docs(reader.LiveDocs, docs, DocsFlags.NONE);
                    if (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        ids.Add(Guid.Parse(term.Term.Utf8ToString()));
                    }
                }
            }

            return ids;
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Writes what is pending to disk now.</summary>
    public void Commit() => writer.Commit();

    /// <summary>Waits until the background merges are done and the searchers see the merged segments.</summary>
    internal void SettleMerges()
    {
        writer.WaitForMerges();
        writer.Commit();
        searchers.MaybeRefreshBlocking();
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        stopping.Cancel();
        committer.GetAwaiter().GetResult();
        reopener.Dispose();
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
        stopping.Dispose();
        Log.IndexClosed(logger, path);
    }

    private async Task WaitUntilSearchableAsync(long generation, CancellationToken cancellationToken)
    {
        await Task.Run(
            () =>
            {
                while (!reopener.WaitForGeneration(generation, 100))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task CommitPeriodicallyAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                CommitPending();
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }
    }

    private void CommitPending()
    {
        try
        {
            if (writer.HasUncommittedChanges())
            {
                writer.Commit();
            }
        }
        catch (IOException exception)
        {
            Log.CommitFailed(logger, exception);
        }
    }
}
