namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>
/// What the register is asked for: the day (null: today), a district (any name of it; null: every district), an
/// employer (any spelling; null: every employer) and the months back a field report or minutes still count.
/// </summary>
public sealed record ReconciliationQuery(DateOnly? AsOf = null, string? District = null, string? Employer = null, int Months = ReconciliationQuery.DefaultMonths)
{
    public const int DefaultMonths = 12;

    public const int MaxMonths = 60;
}
