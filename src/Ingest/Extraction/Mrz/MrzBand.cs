using DocArchive.Ingest.Reading;

namespace DocArchive.Ingest.Extraction.Mrz;

/// <summary>Where a machine-readable zone stands on a page: the band to re-read with a whitelist, and the lines as first read.</summary>
public sealed record MrzBand(int Page, BoundingBox Box, IReadOnlyList<string> Lines, double Confidence);
