using DocArchive.Ingest.Jobs;

namespace DocArchive.Web.Upload;

/// <summary>The outcome of one upload request: each file's document, or why the request was refused.</summary>
public sealed record UploadReceipt(IReadOnlyList<IntakeResult> Documents, UploadRejection? Rejection);
