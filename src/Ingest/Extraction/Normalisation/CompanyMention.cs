namespace DocArchive.Ingest.Extraction.Normalisation;

/// <summary>A company name found in a text at <paramref name="Index"/>, as printed.</summary>
internal sealed record CompanyMention(string Name, int Index, int Length);
