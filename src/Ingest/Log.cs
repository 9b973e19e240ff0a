using Microsoft.Extensions.Logging;

namespace DocArchive.Ingest;

/// <summary>The Ingest project's important log messages.</summary>
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
}
