namespace DocArchive.Web.Upload;

/// <summary>Why an upload request was refused as a whole, as the status and words of a ProblemDetails.</summary>
public sealed record UploadRejection(int StatusCode, string Title, string Detail);
