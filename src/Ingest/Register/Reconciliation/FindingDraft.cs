namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>A finding as the rules find it, before its persons and documents are looked up.</summary>
internal sealed record FindingDraft(
    string Code,
    DateOnly Date,
    string? EmployerKey,
    District? District,
    string? Position,
    int? Allowed,
    int? Found,
    IReadOnlyList<Guid> Persons,
    IReadOnlyList<Sighting> Sightings,
    IReadOnlyList<ApprovedPosition> Approvals);
