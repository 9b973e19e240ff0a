namespace DocArchive.Ingest.Corrections;

/// <summary>How a correction ended.</summary>
public enum CorrectionOutcome
{
    /// <summary>Stored, applied to the document and its persons, and the document sent to the index again.</summary>
    Corrected,

    /// <summary>
    /// The value is the one in force: no correction is recorded; a value the machine read is marked confirmed, which takes
    /// it off the review queue.
    /// </summary>
    Unchanged,

    /// <summary>There is no such document.</summary>
    NotFound,

    /// <summary>The key is no field of the document's record (or names a person it does not have).</summary>
    UnknownField,

    /// <summary>The value is not one of the field's (not a date, not a passport number); the reason says what is expected.</summary>
    InvalidValue,

    /// <summary>The document is not done, or is being read again: it can be corrected once it is done.</summary>
    Busy,
}
