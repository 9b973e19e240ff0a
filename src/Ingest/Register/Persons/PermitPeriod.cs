namespace DocArchive.Ingest.Register.Persons;

/// <summary>A permit of a person, with the documents that show it; <see cref="Expired"/> when its end is before today.</summary>
public sealed record PermitPeriod(string? PermitNumber, DateOnly? IssueDate, DateOnly? ExpiryDate, bool Expired, IReadOnlyList<Guid> DocumentIds);
