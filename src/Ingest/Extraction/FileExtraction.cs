using System.Diagnostics;
using DocArchive.Ingest.Reading;

namespace DocArchive.Ingest.Extraction;

/// <summary>
/// Runs the whole pipeline on a file without storing anything: its kind told from its first bytes, its pages read one
/// after another through the <see cref="IDocumentReader"/> (run several files at once to keep every worker busy), its
/// zone bands re-read, then the <see cref="DocumentExtractor"/>. A file that cannot be read gives the reason instead.
/// </summary>
public sealed class FileExtraction(IDocumentReader reader, DocumentExtraction extraction, DocumentExtractor extractor)
{
    /// <summary>The record of the file at <paramref name="path"/>, its <c>file</c> the path as given, and how long each stage took.</summary>
    public async Task<FileExtractionResult> ExtractAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var file = await ReadAsync(path, cancellationToken).ConfigureAwait(false);
            var started = Stopwatch.GetTimestamp();
            var rereads = await extraction.RereadZonesAsync(path, file.ContentType, file.Pages, cancellationToken).ConfigureAwait(false);
            var extracting = Stopwatch.GetTimestamp();
            var record = extractor.Extract(file.Pages, rereads) with { File = path };
            return new FileExtractionResult(
                path, record, null, file.Reading, Stopwatch.GetElapsedTime(started, extracting), Stopwatch.GetElapsedTime(extracting));
        }
        catch (Exception e) when (e is UnsupportedDocumentException or PageReadException or IOException or UnauthorizedAccessException)
        {
            return new FileExtractionResult(path, null, e.Message, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        }
    }

    /// <summary>Every page of the file at <paramref name="path"/>, read through the reader.</summary>
    /// <exception cref="UnsupportedDocumentException">The file is of no kind DocArchive reads, or has no pages.</exception>
    /// <exception cref="PageReadException">A page could not be read.</exception>
    public async Task<ReadFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var started = Stopwatch.GetTimestamp();
        var contentType = ContentTypes.OfFile(path) ?? throw new UnsupportedDocumentException(ReadFailures.UnknownKind, "The file is not a PDF, TIFF, PNG or JPEG.");
        var count = await reader.CountPagesAsync(path, contentType, cancellationToken).ConfigureAwait(false);
        if (count < 1)
        {
            throw new UnsupportedDocumentException(ReadFailures.NoPages, "The document has no pages.");
        }

        var pages = new List<PageText>(count);
        for (var number = 1; number <= count; number++)
        {
            var page = await reader.ReadPageAsync(path, contentType, number, cancellationToken).ConfigureAwait(false);
            pages.Add(page with { Number = number });
        }

        return new ReadFile(contentType, pages, Stopwatch.GetElapsedTime(started));
    }
}
