using DocArchive.Ingest.Reading;

namespace DocArchive.Ingest.Extraction;

/// <summary>Where a value was read: its confidence (0 to 1), page (1-based), box on that page and how it was found.</summary>
public sealed record FieldEvidence(string Value, double Confidence, int Page, string Source, BoundingBox? Box);
