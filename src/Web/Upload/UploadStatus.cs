using DocArchive.Ingest.Model;

namespace DocArchive.Web.Upload;

/// <summary>
/// Where an uploaded document stands; <see cref="Searchable"/> is true once it is in the index. A failed one has its
/// <see cref="FailureCode"/> (one of <see cref="Ingest.Reading.ReadFailures"/>), <see cref="FailureReason"/> in the clerk's
/// language and <see cref="FailureDetail"/>, the short English reason the catalog keeps.
/// </summary>
public sealed record UploadStatus(
    Guid Id, string FileName, DateTimeOffset UploadedAt, DocumentStatus Status, string? FailureCode, string? FailureReason,
    string? FailureDetail, int PageCount, bool Searchable)
{
    /// <summary>Finished: failed, or done and in the index.</summary>
    public bool IsFinal => Status == DocumentStatus.Failed || (Status == DocumentStatus.Done && Searchable);

    /// <summary>The state a clerk is shown: <c>indexing</c> for a done document not yet searchable, else the status.</summary>
    public string State => Status == DocumentStatus.Done && !Searchable ? "indexing" : Status.ToString().ToLowerInvariant();
}
