namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>
/// A person as the register counts them on a day: their employer and district (of their newest document that names
/// one), the end of their permit in the archive, when a document last named them, which sources know them, and the
/// documents that do.
/// </summary>
public sealed record RegisterPerson(
    Guid PersonId,
    string? Name,
    string? PassportNumber,
    string? Nationality,
    string? EmployerKey,
    string? Employer,
    string? District,
    string? Position,
    DateOnly? PermitEnd,
    DateOnly LastSeen,
    IReadOnlyList<ReconciliationSource> Sources,
    IReadOnlyList<EvidenceDocument> Documents);
