namespace DocArchive.Web.Upload;

/// <summary>
/// The outcome of one upload request: each file's document and the files refused one by one (too large), or why the
/// request was refused as a whole.
/// </summary>
public sealed record UploadReceipt(IReadOnlyList<UploadedFile> Documents, IReadOnlyList<UploadRefusal> Refused, UploadRejection? Rejection);
