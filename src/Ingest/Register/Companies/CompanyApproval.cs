using DocArchive.Ingest.Extraction;

namespace DocArchive.Ingest.Register.Companies;

/// <summary>An RPTKA approval of a company: its document, decision number and date, and the positions it approves.</summary>
public sealed record CompanyApproval(Guid DocumentId, string FileName, string? DecisionNumber, DateOnly? Date, IReadOnlyList<PositionRecord> Positions);
