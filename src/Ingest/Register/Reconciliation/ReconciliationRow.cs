namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>One district or employer with its counts; a null key gathers the persons placed in none.</summary>
public sealed record ReconciliationRow(string? Key, string? Label, string? Province, SourceCounts Counts);
