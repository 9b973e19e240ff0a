namespace DocArchive.Ingest.Extraction.Normalisation;

/// <summary>A date found in a text at <paramref name="Index"/>, <paramref name="Length"/> characters long.</summary>
internal sealed record DateMatch(DateOnly Date, int Index, int Length);
