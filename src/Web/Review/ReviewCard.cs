using DocArchive.Ingest.Corrections;

namespace DocArchive.Web.Review;

/// <summary>
/// One queue item as the review page shows it: the field's name and person, the machine's current reading (null when it
/// read nothing there), the crop of the page it was read on, and the value the form offers with the reason it was refused.
/// </summary>
public sealed record ReviewCard(
    ReviewItem Item, string Anchor, string Field, string? Person, string? Reading, FieldCrop? Crop, string? Typed = null, string? Error = null)
{
    /// <summary>The form's value: what the officer typed last, else the machine's reading.</summary>
    public string Value => Typed ?? Reading ?? Item.Value ?? string.Empty;
}
