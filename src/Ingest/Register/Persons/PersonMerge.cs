namespace DocArchive.Ingest.Register.Persons;

/// <summary>A person merged into another by an officer, as the survivor's page lists it for undoing.</summary>
public sealed record PersonMerge(Guid DecisionId, PersonSummary Merged, string DecidedBy, DateTimeOffset DecidedAt);
