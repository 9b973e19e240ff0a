namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>
/// A person named in a document, with what the register reckons with: the document's type and day (its own date, else
/// the permit's issue date, else its upload day), its district, the employer and position as that document gives them,
/// and the permit's (or an RPTKA row's) period.
/// </summary>
internal sealed record Sighting(
    Guid PersonId,
    Guid DocumentId,
    int Index,
    string Type,
    DateOnly Date,
    District? District,
    string? EmployerKey,
    string? Employer,
    string? Position,
    DateOnly? IssueDate,
    DateOnly? ExpiryDate)
{
    /// <summary>The first day of the permit: its issue date, else the document's day.</summary>
    public DateOnly Start => IssueDate ?? Date;

    /// <summary>Whether the permit this sighting shows covers <paramref name="day"/>.</summary>
    public bool Covers(DateOnly day) => ExpiryDate >= day && Start <= day;
}
