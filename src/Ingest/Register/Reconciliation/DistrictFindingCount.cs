namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>The findings of one code in one district (null: the persons placed in none).</summary>
public sealed record DistrictFindingCount(string? District, FindingCount Count);
