using DocArchive.Ingest.Catalog;

namespace DocArchive.Ingest.Jobs;

/// <summary>What became of one upload: its document, and whether that document was already in the archive.</summary>
public sealed record IntakeResult(Guid DocumentId, string FileName, DocumentStatus Status, string? FailureReason, bool Duplicate);
