using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Pages;

namespace DocArchive.Web.Corrections;

/// <summary>
/// One field of a page as the document page offers it for correction: the machine's reading (null when it read nothing
/// there), its box on the page, the officer's correction if any, and whether it waits in the review queue.
/// </summary>
public sealed record FieldReviewRow(
    FieldKey Key,
    string? MachineValue,
    double? Confidence,
    string? Source,
    BoundingBox? Box,
    FieldCorrection? Correction,
    bool ToReview)
{
    public string Anchor => FieldAnchor.Of(Key.ToString());

    /// <summary>The value in force: the officer's, else the machine's.</summary>
    public string? Value => Correction?.Value ?? MachineValue;
}
