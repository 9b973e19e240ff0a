using DocArchive.Fixtures.Interop;

namespace DocArchive.Fixtures;

/// <summary>Encodes images as the files clerks upload: PNG, JPEG, TIFF (grayscale or CCITT G4, one or many pages).</summary>
public static class FixtureEncode
{
    /// <summary>The threshold below which a grey pixel becomes black when a page is made bilevel.</summary>
    public const int BilevelThreshold = 150;

    public static byte[] Png(FixtureImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var pix = LeptonicaImage.ToPix(image);
        var status = Leptonica.PixWriteMem(out var data, out var size, pix, Leptonica.FormatPng);
        return Leptonica.TakeBuffer(status, data, size, "pixWriteMem(png)");
    }

    public static byte[] Jpeg(FixtureImage image, int quality = 85)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var pix = LeptonicaImage.ToPix(image);
        var status = Leptonica.PixWriteMemJpeg(out var data, out var size, pix, quality, 0);
        return Leptonica.TakeBuffer(status, data, size, "pixWriteMemJpeg");
    }

    /// <summary>A TIFF with one page per image: CCITT G4 when <paramref name="bilevel"/>, else Deflate-compressed grayscale.</summary>
    public static byte[] Tiff(IReadOnlyList<FixtureImage> pages, bool bilevel = false)
    {
        ArgumentNullException.ThrowIfNull(pages);
        using var pixa = Leptonica.PixaCreate(pages.Count);
        foreach (var page in pages)
        {
            using var gray = LeptonicaImage.ToPix(page);
            using var pix = bilevel ? Binarise(gray) : null;
            if (Leptonica.PixaAddPix(pixa, pix ?? gray, Leptonica.Clone) != 0)
            {
                throw new FixtureException("Leptonica pixaAddPix failed.");
            }
        }

        var status = Leptonica.PixaWriteMemMultipageTiff(out var data, out var size, pixa);
        return Leptonica.TakeBuffer(status, data, size, "pixaWriteMemMultipageTiff");
    }

    /// <summary>A one-page TIFF.</summary>
    public static byte[] Tiff(FixtureImage page, bool bilevel = false) => Tiff([page], bilevel);

    /// <summary>The raw CCITT G4 (T.6) data of the image made bilevel, as a PDF's CCITTFaxDecode stream holds it.</summary>
    public static byte[] CcittG4(FixtureImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var gray = LeptonicaImage.ToPix(image);
        using var pix = Binarise(gray);
        var status = Leptonica.PixWriteMem(out var data, out var size, pix, Leptonica.FormatTiffG4);
        return TiffStrip.Single(Leptonica.TakeBuffer(status, data, size, "pixWriteMem(g4)"));
    }

    private static PixHandle Binarise(PixHandle gray) =>
        Leptonica.PixConvertTo1(gray, BilevelThreshold).OrThrow("pixConvertTo1");
}
