namespace DocArchive.Search.Querying;

/// <summary>
/// A person the search found, over every document the index holds about them: the catalog id when linked, the name,
/// passport, nationality and employer of their latest document, their latest permit end and how many documents
/// name them.
/// </summary>
public sealed record PersonHit(
    Guid? PersonId,
    string Name,
    string? Passport,
    string? Nationality,
    string? Employer,
    string? EmployerKey,
    DateOnly? LatestExpiry,
    int Documents);
