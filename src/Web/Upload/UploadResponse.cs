using DocArchive.Ingest.Jobs;

namespace DocArchive.Web.Upload;

/// <summary>The answer to <c>POST /api/documents</c>: one entry per file, in the order sent.</summary>
public sealed record UploadResponse(IReadOnlyList<IntakeResult> Documents);
