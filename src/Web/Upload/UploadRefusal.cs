namespace DocArchive.Web.Upload;

/// <summary>A file of an upload that was not taken in, with its name and why, in the clerk's language.</summary>
public sealed record UploadRefusal(string FileName, string Reason);
