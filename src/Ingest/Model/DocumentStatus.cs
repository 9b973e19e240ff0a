namespace DocArchive.Ingest.Model;

/// <summary>Where a document stands in the pipeline; <see cref="Done"/> and <see cref="Failed"/> are final.</summary>
public enum DocumentStatus
{
    /// <summary>Stored and waiting for its ingest job.</summary>
    Queued,

    /// <summary>Its pages are being read.</summary>
    Processing,

    /// <summary>At least one page was read.</summary>
    Done,

    /// <summary>Nothing could be read; <see cref="Document.FailureReason"/> says why.</summary>
    Failed,
}
