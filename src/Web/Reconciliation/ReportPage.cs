using DocArchive.Ingest.Register.Reconciliation;

namespace DocArchive.Web.Reconciliation;

/// <summary>One printed page of the meeting report: a district (null: the persons placed in none), its counts, its findings per code and the most urgent of them.</summary>
public sealed record ReportPage(ReconciliationRow Row, IReadOnlyList<FindingCount> Counts, IReadOnlyList<ReconciliationFinding> Urgent);
