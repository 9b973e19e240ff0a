namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>A document that shows a finding or puts a person in a count: its type, its day and the page naming the person.</summary>
public sealed record EvidenceDocument(Guid DocumentId, string FileName, string DocumentType, DateOnly Date, int Page);
