using DocArchive.Ingest.Reading.Worker.Interop;

namespace DocArchive.Ingest.Reading.Worker.Pages;

/// <summary>Decodes encoded images (JPEG, PNG, TIFF, PNM) with Leptonica after checking their size from the header.</summary>
internal static class PageImageDecoder
{
    public static PageImage Decode(ReadOnlySpan<byte> data, int pageNumber, PageSourceLimits limits, int resolution = 0)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (Leptonica.pixReadHeaderMem(data, (nuint)data.Length, out _, out var width, out var height, out _, out _, out _) != 0)
        {
            throw new UnsupportedDocumentException(ReadFailures.Corrupt, $"The image of page {pageNumber} is corrupt: its header cannot be read.");
        }

        limits.CheckPixels(pageNumber, width, height);
        return Wrap(Leptonica.pixReadMem(data, (nuint)data.Length), pageNumber, resolution);
    }

    /// <summary>Takes a freshly decoded image, refusing a null one, and sets its resolution when one is known.</summary>
    public static PageImage Wrap(SafePixHandle pix, int pageNumber, int resolution = 0)
    {
        ArgumentNullException.ThrowIfNull(pix);
        if (pix.IsInvalid)
        {
            pix.Dispose();
            throw new UnsupportedDocumentException(ReadFailures.Corrupt, $"The image of page {pageNumber} is corrupt: it cannot be decoded.");
        }

        if (resolution > 0)
        {
            Leptonica.pixSetResolution(pix, resolution, resolution);
        }

        return PageImage.FromPix(pix);
    }
}
