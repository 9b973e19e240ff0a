using DocArchive.Ingest.Catalog;
using Microsoft.Extensions.Logging;

namespace DocArchive.Ingest;

/// <summary>The ingest pipeline's log messages, with the document id, page number and timings as properties.</summary>
internal static partial class Log
{
    [LoggerMessage(1101, LogLevel.Information, "Document {DocumentId} accepted: {FileName} ({ContentType}, {Size} bytes)")]
    public static partial void DocumentAccepted(ILogger logger, Guid documentId, string fileName, string contentType, long size);

    [LoggerMessage(1102, LogLevel.Information, "Document {DocumentId} read: {PageCount} pages, {Status}, in {Elapsed}")]
    public static partial void DocumentRead(ILogger logger, Guid documentId, int pageCount, DocumentStatus status, TimeSpan elapsed);

    [LoggerMessage(1103, LogLevel.Warning, "Document {DocumentId} cannot be read: {Reason}")]
    public static partial void DocumentUnsupported(ILogger logger, Guid documentId, string reason);

    [LoggerMessage(1104, LogLevel.Warning, "Document {DocumentId} page {PageNumber} failed: {Reason}")]
    public static partial void PageFailed(ILogger logger, Guid documentId, int pageNumber, string reason);

    [LoggerMessage(1105, LogLevel.Warning, "Document {DocumentId} failed transiently (attempt {Attempt}); it will be retried")]
    public static partial void DocumentRetried(ILogger logger, Exception exception, Guid documentId, int attempt);

    [LoggerMessage(1106, LogLevel.Error, "Document {DocumentId} failed {Attempt} times; marked failed")]
    public static partial void DocumentGaveUp(ILogger logger, Exception exception, Guid documentId, int attempt);

    [LoggerMessage(1107, LogLevel.Information, "Document {DocumentId} indexed: {PageCount} pages")]
    public static partial void DocumentIndexed(ILogger logger, Guid documentId, int pageCount);

    [LoggerMessage(1108, LogLevel.Information, "Recovered unfinished documents: {Unread} to read, {Unindexed} to index")]
    public static partial void DocumentsRecovered(ILogger logger, int unread, int unindexed);
}
