using DocArchive.Ingest.Ocr.Interop;
using DocArchive.Ingest.Pages;

namespace DocArchive.Ingest.Ocr;

/// <summary>
/// Makes a page image readable and reads it: deskewed, turned upright when the first reading is poor, scaled to about
/// 300-dpi text when the image does not say its resolution. Bands read with a character whitelist go to
/// <paramref name="bandEngine"/>: whitelists work on one Latin model, not on a mix such as <c>ind+eng</c>.
/// </summary>
internal sealed class PageRecognizer(TesseractEngine engine, OrientationDetector orientation, Lazy<TesseractEngine> bandEngine)
{
    /// <summary>The resolution Tesseract reads best at, assumed for images that do not say theirs.</summary>
    public const int TargetResolution = 300;

    /// <summary>Below this mean confidence the page may be sideways or upside down.</summary>
    private const double PoorConfidence = 0.65;

    /// <summary>Whitelisted bands (MRZ) read with lower confidence than prose: below this one is a turned page.</summary>
    private const double PoorBandConfidence = 0.4;

    /// <summary>Resolutions outside this range (72-dpi phone photos, missing values) are not believed.</summary>
    private const int MinimumUsableResolution = 100;
    private const int MaximumUsableResolution = 1200;

    /// <summary>Median height of a confident word, as a share of the font size: body text is set at about 11 points.</summary>
    private const double WordHeightPoints = 0.72 * 11;

    /// <summary>Scaling is worth a second reading only when the text is this far from 300 dpi.</summary>
    private const double ScaleTolerance = 1.5;

    public PageText Recognize(PageImage image, int pageNumber)
    {
        ArgumentNullException.ThrowIfNull(image);
        var (upright, reading, _) = ReadUpright(image);
        using (upright)
        {
            var (width, height) = (Leptonica.pixGetWidth(upright), Leptonica.pixGetHeight(upright));
            return new PageText(pageNumber, reading.Text, PageTextSource.Ocr, reading.Confidence, width, height, reading.Words);
        }
    }

    /// <summary>Writes the page, turned upright and deskewed, as a one-page searchable PDF to <c><paramref name="outputBase"/>.pdf</c>.</summary>
    public void RenderSearchable(PageImage image, string outputBase)
    {
        ArgumentNullException.ThrowIfNull(image);
        var (upright, _, resolution) = ReadUpright(image);
        using (upright)
        {
            engine.RenderPdfPage(upright, resolution, outputBase);
        }
    }

    /// <summary>The page as <see cref="Recognize"/> reads it, turned upright and deskewed, so that its words' boxes fall on it.</summary>
    public SafePixHandle Upright(PageImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return ReadUpright(image).Upright;
    }

    /// <summary>The page deskewed, and turned when the first reading is poor and OSD finds it sideways; with its reading.</summary>
    private (SafePixHandle Upright, OcrReading Reading, int Resolution) ReadUpright(PageImage image)
    {
        var resolution = Usable(image.Resolution);
        var straight = Deskew(image.Pix);
        var reading = Read(straight, resolution);
        if (reading.Confidence >= PoorConfidence)
        {
            return (straight, reading, resolution ?? TargetResolution);
        }

        var turns = orientation.QuarterTurnsToUpright(image.Pix, resolution ?? TargetResolution);
        if (turns == 0)
        {
            return (straight, reading, resolution ?? TargetResolution);
        }

        using var turned = Leptonica.pixRotateOrth(image.Pix, turns);
        var upright = Deskew(turned);
        var second = Read(upright, resolution);
        if (second.Confidence > reading.Confidence)
        {
            straight.Dispose();
            return (upright, second, resolution ?? TargetResolution);
        }

        upright.Dispose();
        return (straight, reading, resolution ?? TargetResolution);
    }

    /// <summary>
    /// Reads one band of the page as a single block, with only the whitelisted characters. The band is in the coordinates
    /// of <see cref="Recognize"/>'s words, so the page is turned the same way: only when the unturned band reads poorly.
    /// </summary>
    public PageText RecognizeRegion(PageImage image, int pageNumber, BoundingBox region, string characterWhitelist)
    {
        ArgumentNullException.ThrowIfNull(image);
        var resolution = Usable(image.Resolution) ?? TargetResolution;
        var page = ReadBand(image.Pix, 0, resolution, pageNumber, region, characterWhitelist);
        if (page.Confidence >= PoorBandConfidence)
        {
            return page;
        }

        var turns = orientation.QuarterTurnsToUpright(image.Pix, resolution);
        if (turns == 0)
        {
            return page;
        }

        // A band cut across turned text yields a few confident letters: the turned reading must also read more.
        var turned = ReadBand(image.Pix, turns, resolution, pageNumber, region, characterWhitelist);
        return turned.Confidence > page.Confidence && turned.Text.Length >= page.Text.Length ? turned : page;
    }

    private PageText ReadBand(SafePixHandle pix, int turns, int resolution, int pageNumber, BoundingBox region, string characterWhitelist)
    {
        using var turned = turns == 0 ? Leptonica.pixClone(pix) : Leptonica.pixRotateOrth(pix, turns);
        using var upright = Deskew(turned);
        var (width, height) = (Leptonica.pixGetWidth(upright), Leptonica.pixGetHeight(upright));
        var left = Math.Clamp((int)Math.Floor(region.Left), 0, width - 1);
        var top = Math.Clamp((int)Math.Floor(region.Top), 0, height - 1);
        // A rectangle reaching the image's last column reads as garbage in Tesseract 5.3: stop one pixel short.
        var pixels = new PixelRegion(
            left, top, Math.Clamp((int)Math.Ceiling(region.Right) - left, 1, width - left - 1), Math.Clamp((int)Math.Ceiling(region.Bottom) - top, 1, height - top - 1));
        var reader = characterWhitelist.Length > 0 ? bandEngine.Value : engine;
        var reading = reader.Read(upright, resolution, PageSegmentation.SingleBlock, pixels, characterWhitelist);
        return new PageText(pageNumber, reading.Text, PageTextSource.Ocr, reading.Confidence, width, height, reading.Words);
    }

    private OcrReading Read(SafePixHandle pix, int? resolution)
    {
        if (resolution is { } known)
        {
            return engine.Read(pix, known, PageSegmentation.Auto);
        }

        var first = engine.Read(pix, TargetResolution, PageSegmentation.Auto);
        var estimated = EstimateResolution(first);
        if (estimated is not { } text || (text <= TargetResolution * ScaleTolerance && text >= TargetResolution / ScaleTolerance))
        {
            return first;
        }

        var factor = (float)Math.Clamp(TargetResolution / text, 0.25, 4);
        using var scaled = Leptonica.pixScale(pix, factor, factor);
        if (scaled.IsInvalid)
        {
            return first;
        }

        var second = engine.Read(scaled, TargetResolution, PageSegmentation.Auto).Scale(1 / factor);
        return second.Confidence >= first.Confidence ? second : first;
    }

    /// <summary>The resolution the text was scanned at, judged from the height of the words read with confidence.</summary>
    private static double? EstimateResolution(OcrReading reading)
    {
        var heights = reading.Words
            .Where(w => w.Confidence >= 0.6 && w.Text.Count(char.IsLetter) >= 2)
            .Select(w => w.Box.Height)
            .Order()
            .ToList();
        return heights.Count < 5 ? null : heights[heights.Count / 2] * 72 / WordHeightPoints;
    }

    private static int? Usable(int resolution) => resolution is >= MinimumUsableResolution and <= MaximumUsableResolution ? resolution : null;

    private static SafePixHandle Deskew(SafePixHandle pix)
    {
        var straight = Leptonica.pixFindSkewAndDeskew(pix, 2, out _, out _);
        if (!straight.IsInvalid)
        {
            return straight;
        }

        straight.Dispose();
        return Leptonica.pixClone(pix);
    }
}
