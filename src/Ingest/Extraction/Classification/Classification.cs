namespace DocArchive.Ingest.Extraction.Classification;

/// <summary>A document's type with a confidence between 0 and 1.</summary>
public sealed record Classification(string DocumentType, double Confidence);
