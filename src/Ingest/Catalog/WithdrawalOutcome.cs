namespace DocArchive.Ingest.Catalog;

/// <summary>How a withdrawal ended.</summary>
public enum WithdrawalOutcome
{
    /// <summary>Marked withdrawn, its persons unlinked, and taken out of the search index.</summary>
    Withdrawn,

    /// <summary>There is no such document.</summary>
    NotFound,

    /// <summary>The document was withdrawn before.</summary>
    AlreadyWithdrawn,

    /// <summary>The document is waiting to be read or being read: it can be withdrawn once it is done or failed.</summary>
    Busy,
}
