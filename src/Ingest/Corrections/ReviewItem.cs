namespace DocArchive.Ingest.Corrections;

/// <summary>
/// One field for an officer to check: the document, the field key, why (with the value read, its confidence and page),
/// and for a conflict the value set aside (with its source), for a failing check digit the check's name and then the
/// zone's lines as read, one a line.
/// </summary>
public sealed record ReviewItem(
    Guid DocumentId,
    string FileName,
    DateTimeOffset UploadedAt,
    string Key,
    ReviewReason Reason,
    string? Value,
    double? Confidence,
    int? Page,
    string? Detail);
