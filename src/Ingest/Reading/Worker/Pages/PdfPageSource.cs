using DocArchive.Ingest.Reading.Worker.Interop;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace DocArchive.Ingest.Reading.Worker.Pages;

/// <summary>
/// A PDF, decided page by page: a real text layer is read as it is; otherwise the one scanned image is taken out and
/// OCRed; pages whose image cannot be taken out (JBIG2, JPEG 2000, vector drawings, several images) are rendered, and so
/// are pages PdfPig cannot parse at all (Poppler repairs more broken files). A last trailer without its <c>/Size</c>,
/// which Poppler and qpdf read past, is mended for PdfPig.
/// </summary>
internal sealed class PdfPageSource : IPageSource
{
    /// <summary>An image covering at least this share of the page is the page's scan.</summary>
    private const double ScanCoverage = 0.5;

    /// <summary>Other images together may cover this share of the page beside the scan (a logo, a stamp).</summary>
    private const double ExtraCoverage = 0.1;

    /// <summary>The resolution a page that would be rendered is first rendered at, to see whether it has any ink.</summary>
    private const int CheckDpi = 150;

    private static readonly ParsingOptions Parsing = new() { UseLenientParsing = true, SkipMissingFonts = true };

    private readonly PdfDocument document;
    private readonly string path;
    private readonly PageSourceLimits limits;
    private (int Number, Page? Page) parsed;

    private PdfPageSource(PdfDocument document, string path, PageSourceLimits limits)
    {
        this.document = document;
        this.path = path;
        this.limits = limits;
    }

    public int PageCount => document.NumberOfPages;

    public static PdfPageSource Open(string path, PageSourceLimits limits)
    {
        PdfDocument? document = null;
        try
        {
            document = Parse(path);
            if (document.NumberOfPages < 1)
            {
                throw new UnsupportedDocumentException(ReadFailures.NoPages, "The PDF has no pages.");
            }

            var source = new PdfPageSource(document, path, limits);
            document = null;
            return source;
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new UnsupportedDocumentException(ReadFailures.Encrypted, "The PDF is encrypted with a password; upload it without the password protection.", e);
        }
        catch (Exception e) when (e is not UnsupportedDocumentException and not OutOfMemoryException)
        {
            throw new UnsupportedDocumentException(ReadFailures.Corrupt, $"The PDF is corrupt and cannot be opened: {e.Message}", e);
        }
        finally
        {
            document?.Dispose();
        }
    }

    public ActiveContent FindActiveContent() => PdfActiveContent.Find(document);

    /// <summary>
    /// Blank when the page draws nothing, or when it has neither text nor a scan to take out and a render at
    /// <see cref="CheckDpi"/> finds no ink: a page that draws only a background or a rule is not rendered at full resolution.
    /// </summary>
    public PageText? TryReadBlank(int pageNumber)
    {
        var page = TryGetPage(pageNumber);
        if (page is null || page.Letters.Count > 0 || FindScan(page, Images(page)) is not null)
        {
            return null;
        }

        return Attempt(() => PdfPageMarks.DrawsNothing(page) ? page : null) is not null || HasNoInkAtCheckDpi(page, pageNumber)
            ? PageText.Blank(pageNumber, page.Width, page.Height)
            : null;
    }

    public PageText? TryReadText(int pageNumber)
    {
        var page = TryGetPage(pageNumber);
        if (page is null)
        {
            return null;
        }

        var coveredByScan = FindScan(page, Images(page)) is not null;
        return Attempt(() => PdfTextLayer.TryRead(page, pageNumber, coveredByScan));
    }

    public PageImage ReadImage(int pageNumber)
    {
        var page = TryGetPage(pageNumber);
        if (page is null)
        {
            return PdfPageRenderer.RenderUnparsed(path, pageNumber, limits);
        }

        var scan = FindScan(page, Images(page));
        var image = scan is null ? null : PdfPageImage.TryTakeOut(scan, pageNumber, page.Width, limits);
        if (image is null)
        {
            return PdfPageRenderer.Render(path, pageNumber, page.Width, page.Height, limits);
        }

        var turns = ((page.Rotation.Value % 360) + 360) % 360 / 90;
        if (turns == 0)
        {
            return image;
        }

        using (image)
        {
            return PageImageDecoder.Wrap(Leptonica.pixRotateOrth(image.Pix, turns), pageNumber, image.Resolution);
        }
    }

    public void Dispose() => document.Dispose();

    private static PdfDocument Parse(string path)
    {
        try
        {
            return PdfDocument.Open(path, Parsing);
        }
        catch (PdfDocumentFormatException)
        {
            var mended = PdfTrailerSize.Mend(File.ReadAllBytes(path));
            if (mended is null)
            {
                throw;
            }

            return PdfDocument.Open(mended, Parsing);
        }
    }

    private bool HasNoInkAtCheckDpi(Page page, int pageNumber)
    {
        using var image = PdfPageRenderer.Render(path, pageNumber, page.Width, page.Height, limits with { RenderDpi = CheckDpi });
        return PageInk.IsBlank(image);
    }

    /// <summary>
    /// The parsed page, or null when PdfPig cannot parse it (it is then rendered by Poppler, or fails with its reason); the
    /// last one is kept for the questions asked next about the same page.
    /// </summary>
    private Page? TryGetPage(int pageNumber)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageNumber, PageCount);
        if (parsed.Number != pageNumber)
        {
            parsed = (pageNumber, Attempt(() => document.GetPage(pageNumber)));
        }

        return parsed.Page;
    }

    private static IReadOnlyList<IPdfImage> Images(Page page) => Attempt(() => page.GetImages().ToList()) ?? [];

    /// <summary>The one image that is the page's scan, or null when there is none or several compete.</summary>
    private static IPdfImage? FindScan(Page page, IReadOnlyList<IPdfImage> images)
    {
        var pageArea = Math.Max(page.Width * page.Height, 1);
        var large = images.Where(i => Area(i) >= ScanCoverage * pageArea).ToList();
        if (large.Count != 1)
        {
            return null;
        }

        var others = images.Where(i => !ReferenceEquals(i, large[0])).Sum(Area);
        return others <= ExtraCoverage * pageArea ? large[0] : null;
    }

    private static double Area(IPdfImage image) => Math.Abs(image.BoundingBox.Width * image.BoundingBox.Height);

    /// <summary>PdfPig's content parsing fails on broken pages with many exception types; such a page is rendered instead.</summary>
    private static T? Attempt<T>(Func<T?> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not UnsupportedDocumentException and not OutOfMemoryException)
        {
            return null;
        }
    }
}
