using DocArchive.Fixtures.Interop;
using DocArchive.Ingest.Reading.Worker.Interop;

namespace DocArchive.Fixtures;

/// <summary>Encodes images as the files clerks upload: PNG, JPEG, TIFF (grayscale or CCITT G4, one or many pages).</summary>
public static class FixtureEncode
{
    /// <summary>The threshold below which a grey pixel becomes black when a page is made bilevel.</summary>
    public const int BilevelThreshold = 150;

    public static byte[] Png(FixtureImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return LeptonicaImage.Encode(image, Leptonica.FormatPng);
    }

    public static byte[] Jpeg(FixtureImage image, int quality = 85)
    {
        ArgumentNullException.ThrowIfNull(image);
        return LeptonicaImage.EncodeJpeg(image, quality);
    }

    /// <summary>A colour JPEG, as a phone writes a photo.</summary>
    public static byte[] Jpeg(FixtureColorImage image, int quality = 85)
    {
        ArgumentNullException.ThrowIfNull(image);
        return LeptonicaImage.EncodeJpeg(image, quality);
    }

    /// <summary>A TIFF with one page per image: CCITT G4 when <paramref name="bilevel"/>, else Deflate-compressed grayscale.</summary>
    public static byte[] Tiff(IReadOnlyList<FixtureImage> pages, bool bilevel = false)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return LeptonicaImage.EncodeMultipageTiff(pages, bilevel ? BilevelThreshold : null);
    }

    /// <summary>A one-page TIFF.</summary>
    public static byte[] Tiff(FixtureImage page, bool bilevel = false) => Tiff([page], bilevel);

    /// <summary>The raw CCITT G4 (T.6) data of the image made bilevel, as a PDF's CCITTFaxDecode stream holds it.</summary>
    public static byte[] CcittG4(FixtureImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return TiffStrip.Single(LeptonicaImage.Encode(image, Leptonica.FormatTiffG4, BilevelThreshold));
    }
}
