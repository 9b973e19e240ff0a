namespace DocArchive.Ingest.Register.Companies;

/// <summary>
/// A company with everything the archive holds about it, as of a day: its foreign workers (current: a permit with it not
/// expired; the others), its RPTKA approvals, the positions approved beside the current workers found per position,
/// and its documents newest first.
/// </summary>
public sealed record CompanyProfile(
    string Key,
    string Name,
    IReadOnlyList<string> Names,
    DateOnly AsOf,
    IReadOnlyList<CompanyWorker> CurrentWorkers,
    IReadOnlyList<CompanyWorker> PastWorkers,
    IReadOnlyList<CompanyApproval> Approvals,
    IReadOnlyList<PositionTally> Positions,
    IReadOnlyList<CompanyDocument> Documents);
