using DocArchive.Ingest.Reading.Worker.Interop;

namespace DocArchive.Ingest.Reading.Worker;

/// <summary>Writes a page as a compact JPEG for the screen: colour kept, anything else as gray, the long side scaled down.</summary>
internal static class PageImageEncoder
{
    /// <summary>The long side of a page image, in pixels: a page filling a screen stays sharp.</summary>
    public const int LongSide = 1600;

    private const int Quality = 80;

    public static void WriteJpeg(SafePixHandle page, string path)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var gray = Leptonica.pixGetDepth(page) == 32 ? Leptonica.pixClone(page) : Leptonica.pixConvertTo8(page, 0);
        var longSide = Math.Max(Leptonica.pixGetWidth(gray), Leptonica.pixGetHeight(gray));
        var factor = Math.Min(1f, (float)LongSide / Math.Max(longSide, 1));
        using var scaled = factor < 1 ? Leptonica.pixScale(gray, factor, factor) : Leptonica.pixClone(gray);
        if (scaled.IsInvalid)
        {
            throw new OcrException("The page image could not be scaled.");
        }

        byte[] jpeg;
        try
        {
            jpeg = Leptonica.TakeBuffer(Leptonica.pixWriteMemJpeg(out var data, out var size, scaled, Quality, 0), data, size, "pixWriteMemJpeg");
        }
        catch (InvalidOperationException e)
        {
            throw new OcrException("The page image could not be encoded as JPEG.", e);
        }

        File.WriteAllBytes(path, jpeg);
    }
}
