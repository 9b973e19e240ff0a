namespace DocArchive.Ingest.Reading;

/// <summary>A rectangle on a page, in the page's own units (pixels for images, points for PDF text layers), origin top left.</summary>
public readonly record struct BoundingBox(double Left, double Top, double Width, double Height)
{
    public double Right => Left + Width;

    public double Bottom => Top + Height;
}
