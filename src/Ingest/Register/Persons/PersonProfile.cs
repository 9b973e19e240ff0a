namespace DocArchive.Ingest.Register.Persons;

/// <summary>
/// A person with everything the archive holds about them: their documents newest first, every spelling of their name
/// and passport number that was read (most documents first), their employers over time, their permits (newest first) and
/// what inspections found about them (newest first).
/// </summary>
public sealed record PersonProfile(
    Guid Id,
    string? Name,
    string? PassportNumber,
    string? Nationality,
    DateOnly? DateOfBirth,
    IReadOnlyList<PersonSighting> Documents,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> PassportNumbers,
    IReadOnlyList<EmployerPeriod> Employers,
    IReadOnlyList<PermitPeriod> Permits,
    IReadOnlyList<PersonFinding> Findings);
