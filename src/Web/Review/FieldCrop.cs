using DocArchive.Ingest.Reading;
using DocArchive.Web.Documents;

namespace DocArchive.Web.Review;

/// <summary>
/// The part of a page image around a field's box, as an SVG view box in the page's own units: the box with the line it
/// stands on (wide enough to show the label before it) and a little above and below.
/// </summary>
public sealed record FieldCrop(Guid DocumentId, int Page, double PageWidth, double PageHeight, BoundingBox Box)
{
    private double Left => Math.Max(0, Box.Left - Math.Max(Box.Height * 12, Box.Width * 0.3));

    private double Top => Math.Max(0, Box.Top - (Box.Height * 1.5));

    private double Right => Math.Min(PageWidth, Box.Left + Box.Width + Math.Max(Box.Height * 4, Box.Width * 0.3));

    private double Bottom => Math.Min(PageHeight, Box.Top + (Box.Height * 2.5));

    public string ViewBox =>
        $"{PageView.Length(Left)} {PageView.Length(Top)} {PageView.Length(Math.Max(1, Right - Left))} {PageView.Length(Math.Max(1, Bottom - Top))}";

    public string ImageUrl => $"/api/documents/{DocumentId}/pages/{Page}/image";
}
