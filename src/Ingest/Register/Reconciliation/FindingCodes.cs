namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>
/// The kinds of difference between the sources, each a stable code the API, the exports and the interface's texts use;
/// <see cref="ByUrgency"/> orders them for a meeting, overstay signals first.
/// </summary>
public static class FindingCodes
{
    /// <summary>Found on site after the end of their last permit in the archive.</summary>
    public const string Overstay = "overstay";

    /// <summary>Found on site with no permit in the archive that covers the visit, and none ended before it.</summary>
    public const string NoPermit = "no-permit";

    /// <summary>Found on site working for an employer other than the one of the permit that covers the visit.</summary>
    public const string OtherEmployer = "other-employer";

    /// <summary>Permits at two employers whose periods overlap.</summary>
    public const string TwoEmployers = "two-employers";

    /// <summary>An employer has more foreign workers in a position than its RPTKA approvals in force allow.</summary>
    public const string RptkaExceeded = "rptka-exceeded";

    /// <summary>An employer with RPTKA approvals in force has foreign workers in a position none of them approves.</summary>
    public const string RptkaUnapproved = "rptka-unapproved";

    /// <summary>A permit in force for longer than the window, and the holder named in no other source within it.</summary>
    public const string PermitOnly = "permit-only";

    public static IReadOnlyList<string> ByUrgency { get; } =
        [Overstay, NoPermit, OtherEmployer, TwoEmployers, RptkaExceeded, RptkaUnapproved, PermitOnly];

    /// <summary>The place of <paramref name="code"/> in <see cref="ByUrgency"/>.</summary>
    public static int Urgency(string code) => ByUrgency.TakeWhile(c => c != code).Count();

    public static bool IsKnown(string? code) => code is not null && ByUrgency.Contains(code);
}
