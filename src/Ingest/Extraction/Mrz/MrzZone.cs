namespace DocArchive.Ingest.Extraction.Mrz;

/// <summary>A machine-readable zone read on page <paramref name="Page"/>: the better of its first reading and its re-read band.</summary>
public sealed record MrzZone(MrzResult Result, int Page, double Confidence);
