namespace DocArchive.Web.Upload;

/// <summary>The answer to <c>POST /api/documents</c>: one entry per file taken in, in the order sent, and the files refused.</summary>
public sealed record UploadResponse(IReadOnlyList<UploadedFile> Documents, IReadOnlyList<UploadRefusal> Refused);
