namespace DocArchive.Ingest.Extraction;

/// <summary>A normalised value for <paramref name="Field"/> with its evidence, before candidates are merged.</summary>
internal sealed record Candidate(string Field, string Value, FieldEvidence Evidence);
