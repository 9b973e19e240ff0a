using Microsoft.Extensions.Logging;

namespace DocArchive.Search;

/// <summary>The search index's log messages, with document ids and timings as properties.</summary>
internal static partial class Log
{
    [LoggerMessage(3001, LogLevel.Information, "Search index opened at {IndexPath}: {EntryCount} entries of documents and persons")]
    public static partial void IndexOpened(ILogger logger, string indexPath, int entryCount);

    [LoggerMessage(3002, LogLevel.Debug, "Document {DocumentId} indexed: {PageCount} pages, searchable after {Elapsed}")]
    public static partial void DocumentIndexed(ILogger logger, Guid documentId, int pageCount, TimeSpan elapsed);

    [LoggerMessage(3003, LogLevel.Information, "Document {DocumentId} removed from the search index")]
    public static partial void DocumentRemoved(ILogger logger, Guid documentId);

    [LoggerMessage(3004, LogLevel.Warning, "Search index cleared at {IndexPath}")]
    public static partial void IndexCleared(ILogger logger, string indexPath);

    [LoggerMessage(3005, LogLevel.Error, "Search index commit failed; pending writes stay in memory and are retried")]
    public static partial void CommitFailed(ILogger logger, Exception exception);

    [LoggerMessage(3006, LogLevel.Information, "Search index closed at {IndexPath}")]
    public static partial void IndexClosed(ILogger logger, string indexPath);

    [LoggerMessage(3007, LogLevel.Debug, "Search of {TermCount} terms: {TotalDocuments} documents in {Elapsed}")]
    public static partial void SearchRan(ILogger logger, int termCount, int totalDocuments, TimeSpan elapsed);

    [LoggerMessage(3009, LogLevel.Warning, "Search index at {IndexPath} was written in layout {StoredLayout}, this version reads layout {CurrentLayout}: emptied, to be rebuilt from the catalog")]
    public static partial void IndexLayoutChanged(ILogger logger, string indexPath, string storedLayout, string currentLayout);

    [LoggerMessage(3008, LogLevel.Information, "{DocumentCount} documents indexed in one batch, searchable after {Elapsed}")]
    public static partial void BatchIndexed(ILogger logger, int documentCount, TimeSpan elapsed);
}
