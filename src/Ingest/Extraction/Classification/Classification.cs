namespace DocArchive.Ingest.Extraction.Classification;

/// <summary>A document's type with a confidence between 0 and 1.</summary>
internal sealed record Classification(string DocumentType, double Confidence);
