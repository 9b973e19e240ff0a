namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>
/// The register as of a day: the persons known and each source's count, in all and per district and employer; the
/// findings per code, in all and per district, and those the query lists, most urgent first; and the counts at the end of
/// each of the last 24 months.
/// </summary>
public sealed record Reconciliation(
    DateOnly AsOf,
    int Months,
    District? District,
    string? EmployerKey,
    string? Employer,
    SourceCounts Total,
    IReadOnlyList<ReconciliationRow> ByDistrict,
    IReadOnlyList<ReconciliationRow> ByEmployer,
    IReadOnlyList<FindingCount> FindingCounts,
    IReadOnlyList<DistrictFindingCount> DistrictFindings,
    IReadOnlyList<ReconciliationFinding> Findings,
    IReadOnlyList<MonthCounts> History);
