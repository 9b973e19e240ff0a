using DocArchive.Ingest.Register.Companies;

namespace DocArchive.Web.Companies;

/// <summary>A table of a company's workers, and the day against which their permits are expired.</summary>
public sealed record WorkerTable(IReadOnlyList<CompanyWorker> Workers, DateOnly AsOf);
