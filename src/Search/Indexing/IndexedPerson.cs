namespace DocArchive.Search.Indexing;

/// <summary>A person named in a document, with the values extracted about them; null where absent.</summary>
public sealed record IndexedPerson(
    string Name,
    string? PassportNumber = null,
    string? Nationality = null,
    DateOnly? DateOfBirth = null,
    string? Employer = null,
    string? PermitNumber = null,
    DateOnly? PermitExpiry = null);
