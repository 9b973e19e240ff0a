using DocArchive.Fixtures;

namespace DocArchive.Generator.Output;

/// <summary>Turns composed pages into the bytes of the planned file format (scanned, photographed, faxed or born-digital).</summary>
internal static class DocumentEncoder
{
    /// <summary>The format actually written: a multi-page document cannot be one PNG or JPEG, so it becomes a TIFF or scanned PDF.</summary>
    public static OutputFormat Effective(OutputFormat format, int pageCount) => (format, pageCount) switch
    {
        (OutputFormat.Png, > 1) => OutputFormat.TiffGray,
        (OutputFormat.Jpeg, > 1) => OutputFormat.ScannedPdfJpeg,
        _ => format,
    };

    public static string Extension(OutputFormat format) => format switch
    {
        OutputFormat.TiffGray or OutputFormat.TiffCcitt => ".tif",
        OutputFormat.Png => ".png",
        OutputFormat.Jpeg => ".jpg",
        _ => ".pdf",
    };

    public static byte[] Encode(IReadOnlyList<FixturePage> pages, DocumentPlan plan, Random random)
    {
        if (plan.Format == OutputFormat.TextPdf)
        {
            return FixtureDocument.TextPdf(pages);
        }

        if (plan.Capture == Capture.Phone)
        {
            var photos = PhoneCamera.Photograph(pages, plan.Dpi, random);
            var photoQuality = random.Next(70, 92);
            return plan.Format == OutputFormat.Jpeg ? FixtureEncode.Jpeg(photos[0], photoQuality) : FixtureDocument.PhotoPdf(photos, photoQuality);
        }

        var images = plan.Capture == Capture.Fax ? FaxMachine.Transmit(pages, random) : Scanner.Scan(pages, plan, random);
        var quality = random.Next(40, 86);
        return plan.Format switch
        {
            OutputFormat.ScannedPdfJpeg => FixtureDocument.ScannedPdf(images, FixtureScanEncoding.Jpeg, quality),
            OutputFormat.ScannedPdfCcitt => FixtureDocument.ScannedPdf(images, FixtureScanEncoding.CcittG4),
            OutputFormat.TiffGray => FixtureEncode.Tiff(images),
            OutputFormat.TiffCcitt => FixtureEncode.Tiff(images, bilevel: true),
            OutputFormat.Png => FixtureEncode.Png(images[0]),
            _ => FixtureEncode.Jpeg(images[0], quality),
        };
    }
}
