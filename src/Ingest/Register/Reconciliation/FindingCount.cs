namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>How many findings of one code there are, and how many persons they name.</summary>
public sealed record FindingCount(string Code, int Findings, int Persons);
