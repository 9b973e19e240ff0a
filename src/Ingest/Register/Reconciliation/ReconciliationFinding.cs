namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>
/// One difference between the sources (<see cref="FindingCodes"/>), dated by the document that shows it: the persons it
/// is about, the employer and district, for an RPTKA finding the position with the workers its approvals allow and the
/// workers found, and the documents that show it with their pages.
/// </summary>
public sealed record ReconciliationFinding(
    string Code,
    DateOnly Date,
    string? EmployerKey,
    string? Employer,
    string? District,
    string? Position,
    int? Allowed,
    int? Found,
    IReadOnlyList<RegisterPerson> Persons,
    IReadOnlyList<EvidenceDocument> Documents);
