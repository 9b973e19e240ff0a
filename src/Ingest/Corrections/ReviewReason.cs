namespace DocArchive.Ingest.Corrections;

/// <summary>Why a field is in the review queue.</summary>
public enum ReviewReason
{
    /// <summary>Read with a confidence below the threshold.</summary>
    LowConfidence,

    /// <summary>A valid MRZ and a printed label disagreed on it.</summary>
    Conflict,

    /// <summary>A check digit of the machine-readable zone that guards it fails.</summary>
    MrzCheck,
}
