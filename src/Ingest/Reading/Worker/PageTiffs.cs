using DocArchive.Ingest.Reading.Worker.Interop;
using DocArchive.Ingest.Reading.Worker.Pages;

namespace DocArchive.Ingest.Reading.Worker;

/// <summary>
/// A file's page images as a worker would OCR them, written as uncompressed TIFFs (G4 for 1-bit pages): the OCR bench
/// times the pool and the <c>tesseract</c> command line on the same images.
/// </summary>
internal static class PageTiffs
{
    /// <summary>
    /// Writes page after page of <paramref name="file"/> to <paramref name="directory"/> as <c>page-NNNN.tif</c>, numbered
    /// from <paramref name="first"/>, and gives each path with the page's pixel count.
    /// </summary>
    public static IEnumerable<(string Path, long Pixels)> Write(string file, IngestOptions options, string directory, int first)
    {
        ArgumentNullException.ThrowIfNull(options);
        NativeLibraries.Configure(options.TesseractLibrary, options.LeptonicaLibrary);
        var contentType = ContentTypes.OfFile(file) ?? throw new UnsupportedDocumentException("not a PDF, TIFF, PNG or JPEG");
        using var source = PageSources.Open(file, contentType, PageSourceLimits.From(options));
        for (var page = 1; page <= source.PageCount; page++)
        {
            using var image = source.ReadImage(page);
            var format = Leptonica.pixGetDepth(image.Pix) == 1 ? Leptonica.FormatTiffG4 : Leptonica.FormatTiff;
            var path = Path.Combine(directory, $"page-{first + page - 1:D4}.tif");
            File.WriteAllBytes(path, Leptonica.WriteMemory(image.Pix, format));
            yield return (path, (long)Leptonica.pixGetWidth(image.Pix) * Leptonica.pixGetHeight(image.Pix));
        }
    }
}
