using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Model;

namespace DocArchive.Web.Upload;

/// <summary>
/// One file of an upload as its uploader is told, under the name they sent. A file whose bytes another user uploaded
/// before is only "already in the archive": no document id, no status, never the other upload's name.
/// </summary>
public sealed record UploadedFile(Guid? DocumentId, string FileName, DocumentStatus? Status, string? FailureCode, string? FailureReason, bool Duplicate)
{
    public static UploadedFile Of(IntakeResult result, string fileName, string uploadedBy)
    {
        ArgumentNullException.ThrowIfNull(result);
        return !result.Duplicate || result.UploadedBy == uploadedBy
            ? new(result.DocumentId, fileName, result.Status, result.FailureCode, result.FailureReason, result.Duplicate)
            : new(null, fileName, null, null, null, Duplicate: true);
    }
}
