namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>
/// The part of the register asked for, resolved: the day, the window of months, and the district and employer (by
/// their key) a person's newest documents must give; <see cref="NoDistrict"/> and <see cref="NoEmployer"/> ask for the
/// persons placed in none.
/// </summary>
internal sealed record RegisterScope(DateOnly AsOf, int Months, District? District, bool NoDistrict, string? EmployerKey, bool NoEmployer)
{
    /// <summary>The day before the window of <paramref name="day"/> begins: a sighting counts as recent after it.</summary>
    public DateOnly WindowStart(DateOnly day) => day.AddMonths(-Months);

    public bool Includes(Standing standing) =>
        standing.Known
        && (District is null || standing.District == District)
        && (!NoDistrict || standing.District is null)
        && (EmployerKey is null || standing.Employer?.EmployerKey == EmployerKey)
        && (!NoEmployer || standing.Employer is null);
}
