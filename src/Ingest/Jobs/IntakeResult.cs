using DocArchive.Ingest.Model;

namespace DocArchive.Ingest.Jobs;

/// <summary>
/// What became of one upload: its document (its name and uploader as first stored), and whether that document was
/// already in the archive; a failed one's <see cref="FailureCode"/> (one of <see cref="Reading.ReadFailures"/>) and
/// technical <see cref="FailureReason"/>.
/// </summary>
public sealed record IntakeResult(
    Guid DocumentId, string FileName, string UploadedBy, DocumentStatus Status, string? FailureCode, string? FailureReason, bool Duplicate);
