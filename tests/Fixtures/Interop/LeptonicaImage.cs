using DocArchive.Ingest.Reading.Worker.Interop;

namespace DocArchive.Fixtures.Interop;

/// <summary>
/// The fixtures' one way into Leptonica (through DocArchive's own binding): moves <see cref="FixtureImage"/>s in and out
/// as in-memory PGM, encodes them and transforms them.
/// </summary>
internal static class LeptonicaImage
{
    static LeptonicaImage()
    {
        NativeLibraries.Configure(null, null);
    }

    /// <summary>Encodes the image with <c>pixWriteMem</c> (a <c>Leptonica.Format*</c> constant), optionally made bilevel first.</summary>
    public static byte[] Encode(FixtureImage image, int format, int? bilevelThreshold = null)
    {
        using var pix = ToPix(image, bilevelThreshold);
        return Leptonica.WriteMemory(pix, format);
    }

    public static byte[] EncodeJpeg(FixtureImage image, int quality)
    {
        using var pix = ToPix(image);
        return EncodeJpeg(pix, quality);
    }

    /// <summary>A colour JPEG (its resolution written when the image has one).</summary>
    public static byte[] EncodeJpeg(FixtureColorImage image, int quality)
    {
        var ppm = image.ToPpm();
        using var pix = OrThrow(Leptonica.pixReadMem(ppm, (nuint)ppm.Length), "pixReadMem");
        if (image.Dpi > 0)
        {
            _ = Leptonica.pixSetResolution(pix, image.Dpi, image.Dpi);
        }

        return EncodeJpeg(pix, quality);
    }

    private static byte[] EncodeJpeg(SafePixHandle pix, int quality)
    {
        var status = Leptonica.pixWriteMemJpeg(out var data, out var size, pix, quality, 0);
        return Leptonica.TakeBuffer(status, data, size, "pixWriteMemJpeg");
    }

    /// <summary>A multi-page TIFF (Deflate grayscale, or CCITT G4 when a bilevel threshold is given).</summary>
    public static byte[] EncodeMultipageTiff(IReadOnlyList<FixtureImage> pages, int? bilevelThreshold)
    {
        using var pixa = Leptonica.pixaCreate(pages.Count);
        foreach (var page in pages)
        {
            using var pix = ToPix(page, bilevelThreshold);
            if (Leptonica.pixaAddPix(pixa, pix, Leptonica.Clone) != 0)
            {
                throw new FixtureException("Leptonica pixaAddPix failed.");
            }
        }

        var status = Leptonica.pixaWriteMemMultipageTiff(out var data, out var size, pixa);
        return Leptonica.TakeBuffer(status, data, size, "pixaWriteMemMultipageTiff");
    }

    /// <summary>Decodes an encoded image (any format Leptonica reads) into a grayscale fixture image.</summary>
    public static FixtureImage Decode(byte[] encoded, int dpi)
    {
        using var pix = OrThrow(Leptonica.pixReadMem(encoded, (nuint)encoded.Length), "pixReadMem");
        return ToImage(pix, dpi);
    }

    /// <summary>Applies a Leptonica operation that makes a new 8-bit PIX from the image's.</summary>
    public static FixtureImage Transform(FixtureImage image, Func<SafePixHandle, SafePixHandle> operation, string name)
    {
        using var pix = ToPix(image);
        using var result = OrThrow(operation(pix), name);
        return ToImage(result, image.Dpi);
    }

    private static SafePixHandle ToPix(FixtureImage image, int? bilevelThreshold = null)
    {
        var pgm = image.ToPgm();
        var pix = OrThrow(Leptonica.pixReadMem(pgm, (nuint)pgm.Length), "pixReadMem");
        if (bilevelThreshold is { } threshold)
        {
            using var gray = pix;
            pix = OrThrow(Leptonica.pixConvertTo1(gray, threshold), "pixConvertTo1");
        }

        if (image.Dpi > 0)
        {
            _ = Leptonica.pixSetResolution(pix, image.Dpi, image.Dpi);
        }

        return pix;
    }

    private static FixtureImage ToImage(SafePixHandle pix, int dpi) =>
        FixtureImage.FromPgm(Leptonica.WriteMemory(pix, Leptonica.FormatPnm), dpi)[0];

    private static SafePixHandle OrThrow(SafePixHandle pix, string operation)
    {
        if (pix.IsInvalid)
        {
            pix.Dispose();
            throw new FixtureException($"Leptonica {operation} failed.");
        }

        return pix;
    }
}
