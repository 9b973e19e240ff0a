using DocArchive.Ingest.Reading.Worker.Interop;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.Tokens;

namespace DocArchive.Ingest.Reading.Worker.Pages;

/// <summary>
/// Takes a scanned page's image out of the PDF as it is stored: JPEG bytes straight to Leptonica, CCITT fax wrapped in a
/// TIFF, Flate and other lossless filters from their decoded samples. Null when it cannot (JBIG2, JPEG 2000, odd colours).
/// </summary>
internal static class PdfPageImage
{
    public static PageImage? TryTakeOut(IPdfImage image, int pageNumber, double pageWidthPoints, PageSourceLimits limits)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(limits);
        limits.CheckPixels(pageNumber, image.WidthInSamples, image.HeightInSamples);
        var widthPoints = image.BoundingBox.Width > 1 ? image.BoundingBox.Width : pageWidthPoints;
        var resolution = (int)Math.Round(image.WidthInSamples / (widthPoints / 72.0));
        var filters = Filters(image.ImageDictionary);
        if (filters is null)
        {
            return null;
        }

        if (filters is ["DCTDecode"] or ["DCT"])
        {
            return PageImageDecoder.Decode(image.RawMemory.Span, pageNumber, limits, resolution);
        }

        if (filters.Any(f => f is "JBIG2Decode" or "JPXDecode" or "DCTDecode" or "DCT"))
        {
            return null;
        }

        return (filters is ["CCITTFaxDecode"] or ["CCF"] ? TryCcitt(image, pageNumber, resolution) : null)
            ?? TrySamples(image, pageNumber, resolution);
    }

    private static PageImage? TryCcitt(IPdfImage image, int pageNumber, int resolution)
    {
        var parameters = image.ImageDictionary.TryGet(NameToken.DecodeParms, out var token) ? token as DictionaryToken : null;
        var k = Number(parameters, "K", 0);
        var blackIs1 = parameters is not null && parameters.TryGet(NameToken.Create("BlackIs1"), out var b) && b is BooleanToken { Data: true };
        var byteAlign = parameters is not null && parameters.TryGet(NameToken.Create("EncodedByteAlign"), out var a) && a is BooleanToken { Data: true };
        var tiff = CcittTiff.Wrap(image.RawMemory.Span, image.WidthInSamples, image.HeightInSamples, k, byteAlign, blackIsZero: !blackIs1 ^ IsInverted(image));
        var pix = Leptonica.pixReadMem(tiff, (nuint)tiff.Length);
        if (pix.IsInvalid)
        {
            pix.Dispose();
            return null;
        }

        return PageImageDecoder.Wrap(pix, pageNumber, resolution);
    }

    private static PageImage? TrySamples(IPdfImage image, int pageNumber, int resolution)
    {
        if (!image.TryGetBytesAsMemory(out var samples))
        {
            return null;
        }

        var space = image.ColorSpaceDetails;
        byte[]? palette = null;
        var paletteComponents = 0;
        var components = image.IsImageMask ? 1 : space?.NumberOfColorComponents ?? 1;
        if (!image.IsImageMask && space is IndexedColorSpaceDetails indexed)
        {
            palette = [.. indexed.ColorTable];
            paletteComponents = indexed.BaseColorSpace.NumberOfColorComponents;
            components = 1;
        }
        else if (!image.IsImageMask && space is not null && space.Type is not (ColorSpace.DeviceGray or ColorSpace.CalGray or ColorSpace.DeviceRGB or ColorSpace.CalRGB or ColorSpace.ICCBased))
        {
            return null;
        }

        var pnm = PdfSamples.ToPnm(
            samples.Span, image.WidthInSamples, image.HeightInSamples, image.IsImageMask ? 1 : image.BitsPerComponent, components, IsInverted(image), palette, paletteComponents);
        return pnm is null ? null : PageImageDecoder.Wrap(Leptonica.pixReadMem(pnm, (nuint)pnm.Length), pageNumber, resolution);
    }

    private static bool IsInverted(IPdfImage image) => image.Decode is [var low, var high, ..] && low > high;

    private static string[]? Filters(DictionaryToken dictionary)
    {
        if (!dictionary.TryGet(NameToken.Filter, out var token))
        {
            return [];
        }

        return token switch
        {
            NameToken name => [name.Data],
            ArrayToken array when array.Data.All(t => t is NameToken) => [.. array.Data.Cast<NameToken>().Select(n => n.Data)],
            _ => null,
        };
    }

    private static int Number(DictionaryToken? dictionary, string key, int fallback) =>
        dictionary is not null && dictionary.TryGet(NameToken.Create(key), out var token) && token is NumericToken number ? number.Int : fallback;
}
