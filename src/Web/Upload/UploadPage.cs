namespace DocArchive.Web.Upload;

/// <summary>One page of a clerk's uploads, newest first, and how many there are in all.</summary>
public sealed record UploadPage(IReadOnlyList<UploadStatus> Items, int Total);
