namespace DocArchive.Ingest.Reading.Worker.Pages;

/// <summary>How far a page source may go: the largest image it decodes, the resolution it renders at.</summary>
internal sealed record PageSourceLimits(long MaxPagePixels, int RenderDpi)
{
    public static PageSourceLimits From(IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new PageSourceLimits(options.MaxPagePixels, options.RenderDpi);
    }

    /// <summary>Refuses an image of <paramref name="width"/> by <paramref name="height"/> pixels above the limit, before it is decoded.</summary>
    public void CheckPixels(int pageNumber, long width, long height)
    {
        if (width <= 0 || height <= 0)
        {
            throw new UnsupportedDocumentException(ReadFailures.Corrupt, $"Page {pageNumber} has an image without a valid size ({width} x {height} pixels).");
        }

        if (width * height > MaxPagePixels)
        {
            throw new UnsupportedDocumentException(
                ReadFailures.TooLarge,
                $"Page {pageNumber} is {width} x {height} pixels, above the limit of {MaxPagePixels:N0} pixels per page.");
        }
    }
}
