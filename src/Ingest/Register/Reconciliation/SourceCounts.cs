namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>
/// The distinct persons known in a group, and how many of them each source knows; the positions its RPTKA approvals in
/// force allow; the findings about them.
/// </summary>
public sealed record SourceCounts(int Known, int Permit, int Rptka, int Site, int Minutes, int Allowed = 0, int Findings = 0)
{
    public int Of(ReconciliationSource source) => source switch
    {
        ReconciliationSource.Permit => Permit,
        ReconciliationSource.Rptka => Rptka,
        ReconciliationSource.Site => Site,
        ReconciliationSource.Minutes => Minutes,
        _ => Known,
    };
}
