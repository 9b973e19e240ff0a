namespace DocArchive.Ingest.Corrections;

/// <summary>How a correction ended.</summary>
public enum CorrectionOutcome
{
    /// <summary>Stored, applied to the document and its persons, and the document sent to the index again.</summary>
    Corrected,

    /// <summary>There is no such document.</summary>
    NotFound,

    /// <summary>The key or the value is not one the document can take; the reason says why.</summary>
    Invalid,

    /// <summary>The document is not done, or is being read again: it can be corrected once it is done.</summary>
    Busy,
}
