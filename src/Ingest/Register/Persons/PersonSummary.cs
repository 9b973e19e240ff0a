namespace DocArchive.Ingest.Register.Persons;

/// <summary>A person as a pair of possibly the same person shows them: who they are and how many documents name them.</summary>
public sealed record PersonSummary(Guid Id, string? Name, string? PassportNumber, string? Nationality, DateOnly? DateOfBirth, int Documents);
