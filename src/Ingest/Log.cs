using DocArchive.Ingest.Model;
using DocArchive.Ingest.Reading;
using Microsoft.Extensions.Logging;

namespace DocArchive.Ingest;

/// <summary>The Ingest project's log messages, with the document id, page number and timings as properties.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "OCR worker {ProcessId} started ({FileName})")]
    public static partial void OcrWorkerStarted(this ILogger logger, int processId, string fileName);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "OCR worker {ProcessId} stderr: {Line}")]
    public static partial void OcrWorkerOutput(this ILogger logger, int processId, string line);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning,
        Message = "OCR worker lost on page {PageNumber} of {Path} (attempt {Attempt}): {Reason}")]
    public static partial void OcrWorkerLost(this ILogger logger, string path, int pageNumber, int attempt, string reason);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Debug,
        Message = "Read page {PageNumber} of {Path}: decode {DecodeMilliseconds} ms, OCR {OcrMilliseconds} ms")]
    public static partial void PageRead(this ILogger logger, string path, int pageNumber, double decodeMilliseconds, double ocrMilliseconds);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Debug,
        Message = "Read a band of page {PageNumber} of {Path} enlarged {Enlargement:0.##}x ({Across:0.##} across): decode {DecodeMilliseconds} ms, OCR {OcrMilliseconds} ms, confidence {Confidence:0.00}")]
    public static partial void BandRead(
        this ILogger logger, string path, int pageNumber, double enlargement, double across, double decodeMilliseconds, double ocrMilliseconds, double confidence);

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

    [LoggerMessage(1108, LogLevel.Information,
        "Recovered unfinished documents: {Unread} to read, {Unindexed} to index, {Removed} index entries removed")]
    public static partial void DocumentsRecovered(ILogger logger, int unread, int unindexed, int removed);

    [LoggerMessage(1109, LogLevel.Warning, "The sweep for stalled documents failed; it runs again at the next tick")]
    public static partial void RecoveryFailed(ILogger logger, Exception exception);

    [LoggerMessage(1201, LogLevel.Information, "Document {DocumentId} is being read elsewhere until {LeaseExpiresAt}; this run comes back then")]
    public static partial void DocumentClaimedElsewhere(ILogger logger, Guid documentId, DateTimeOffset leaseExpiresAt);

    [LoggerMessage(1202, LogLevel.Warning, "Document {DocumentId}: claim {Owner} was lost to another reader; this reader stops")]
    public static partial void DocumentClaimLost(ILogger logger, Guid documentId, string owner);

    [LoggerMessage(1203, LogLevel.Warning, "Document {DocumentId}: the claim could not be renewed; trying again")]
    public static partial void DocumentClaimNotRenewed(ILogger logger, Exception exception, Guid documentId);

    [LoggerMessage(1111, LogLevel.Warning, "Document {DocumentId} carries active content ({ActiveContent}): it is flagged and its original is served only as a sandboxed download")]
    public static partial void ActiveContentFound(ILogger logger, Guid documentId, ActiveContent activeContent);

    [LoggerMessage(1110, LogLevel.Information, "Document {DocumentId}: stage {Stage} took {Milliseconds} ms")]
    public static partial void StageTimed(ILogger logger, Guid documentId, string stage, double milliseconds);

    [LoggerMessage(1301, LogLevel.Information, "Document {DocumentId} extracted: {DocumentType}, {PersonCount} persons, {FieldCount} fields")]
    public static partial void DocumentExtracted(ILogger logger, Guid documentId, string documentType, int personCount, int fieldCount);

    [LoggerMessage(1302, LogLevel.Warning, "Document {DocumentId}: extraction failed; the pages are stored without fields")]
    public static partial void ExtractionFailed(ILogger logger, Exception exception, Guid documentId);

    [LoggerMessage(1303, LogLevel.Information, "Document {DocumentId}: another reader linked the same persons (attempt {Attempt}); linking again")]
    public static partial void PersonLinkConflict(ILogger logger, Guid documentId, int attempt);

    [LoggerMessage(1304, LogLevel.Warning, "Document {DocumentId}: the extracted fields could not be stored; the pages are stored without them")]
    public static partial void ExtractionNotStored(ILogger logger, Exception exception, Guid documentId);

    [LoggerMessage(1401, LogLevel.Information, "Document {DocumentId}: field {Key} corrected; the document is indexed again")]
    public static partial void FieldCorrected(ILogger logger, Guid documentId, string key);

    [LoggerMessage(1403, LogLevel.Information, "Document {DocumentId}: field {Key} confirmed as read")]
    public static partial void FieldConfirmed(ILogger logger, Guid documentId, string key);

    [LoggerMessage(1404, LogLevel.Information, "Persons {PersonId} and {OtherPersonId}: {Kind} by an officer; {Documents} documents are indexed again")]
    public static partial void PersonsDecided(ILogger logger, Guid personId, Guid otherPersonId, string kind, int documents);

    [LoggerMessage(1402, LogLevel.Warning,
        "Page {PageNumber} of {Sha256} renders at {RenderedWidth} × {RenderedHeight}, but its words were read on {Width} × {Height}: field boxes will not fall on them")]
    public static partial void PageImageMismatch(
        ILogger logger, string sha256, int pageNumber, double renderedWidth, double renderedHeight, double width, double height);
}
