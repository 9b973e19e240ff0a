namespace DocArchive.Ingest.Persons;

/// <summary>A permit of a person, with the documents that show it.</summary>
public sealed record PermitPeriod(string? PermitNumber, DateOnly? IssueDate, DateOnly? ExpiryDate, IReadOnlyList<Guid> DocumentIds);
