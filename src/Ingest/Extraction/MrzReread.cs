namespace DocArchive.Ingest.Extraction;

/// <summary>The lines of a machine-readable zone re-read from its band on page <paramref name="Page"/> with a whitelist.</summary>
public sealed record MrzReread(int Page, IReadOnlyList<string> Lines, double Confidence);
