namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>
/// A row of an RPTKA approval: its employer, job title (and its comparison key), how many workers it allows (one when no
/// count was read), the end of its period, its district (the row's work location, else the document's) and the page it
/// is on.
/// </summary>
internal sealed record ApprovedPosition(
    Guid DocumentId, string? EmployerKey, DateOnly Date, string Title, string TitleKey, int Count, DateOnly? Until, District? District, int Page)
{
    public bool InForce(DateOnly day) => Date <= day && !(Until < day);
}
