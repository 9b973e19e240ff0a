namespace DocArchive.Ingest.Extraction;

/// <summary>
/// What <see cref="FileExtraction"/> made of one file: its record, or the reason it could not be read; and the time spent
/// reading its pages, re-reading its zone bands and extracting its fields.
/// </summary>
public sealed record FileExtractionResult(
    string File, ExtractionRecord? Record, string? Error, TimeSpan Reading, TimeSpan Rereading, TimeSpan Extracting);
