namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>
/// What the register is asked for: the day (null: today), a district (any name of it; null: every district), an
/// employer (any spelling; null: every employer) and the months back a field report or minutes still count; and which
/// findings to list with their persons and documents (the counts cover them all): those of one code (null: every code),
/// at most <see cref="Listed"/> of the most urgent, in all or, with <see cref="ListedPerDistrict"/>, in each district.
/// </summary>
public sealed record ReconciliationQuery(
    DateOnly? AsOf = null,
    string? District = null,
    string? Employer = null,
    int Months = ReconciliationQuery.DefaultMonths,
    string? Finding = null,
    int Listed = int.MaxValue,
    bool ListedPerDistrict = false)
{
    public const int DefaultMonths = 12;

    public const int MaxMonths = 60;

    /// <summary>How many of the most urgent findings the reconciliation page lists.</summary>
    public const int UrgentListed = 50;
}
