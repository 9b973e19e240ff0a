namespace DocArchive.Ingest.Register.Watch;

/// <summary>
/// A person whose latest permit has expired or ends within the window: the person's values, the permit's employer and
/// end, the days left (negative once expired), the place of their documents, and the document that shows the permit.
/// </summary>
public sealed record WatchEntry(
    Guid PersonId,
    string? Name,
    string? PassportNumber,
    string? Nationality,
    string? Employer,
    string? EmployerKey,
    string? Location,
    string? PermitNumber,
    DateOnly ExpiryDate,
    int DaysLeft,
    bool Expired,
    Guid DocumentId);
