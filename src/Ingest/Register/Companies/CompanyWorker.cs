namespace DocArchive.Ingest.Register.Companies;

/// <summary>
/// A foreign worker of a company: the person's values, their latest position with it, the permit with it that ends last,
/// the day of the latest document naming them with it, and how many documents do.
/// </summary>
public sealed record CompanyWorker(
    Guid PersonId,
    string? Name,
    string? PassportNumber,
    string? Nationality,
    string? Position,
    string? PermitNumber,
    DateOnly? ExpiryDate,
    DateOnly LastSeen,
    int Documents);
