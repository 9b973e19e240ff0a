using DocArchive.Ingest.Reading.Worker.Interop;
using DocArchive.Ingest.Reading.Worker.Pages;

namespace DocArchive.Ingest.Reading.Worker;

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

    /// <summary>A lean below this many degrees is left to Tesseract (a 2° lean read as well as a straight page in tests).</summary>
    private const float NegligibleSkewDegrees = 0.3f;

    /// <summary>Leptonica's own floor for believing a skew measurement (its deskew ignores weaker ones too).</summary>
    private const float MinimumSkewConfidence = 3f;

    /// <summary>Words of this many letters or digits are wider than tall when upright, in any font.</summary>
    private const int SidewaysWordLetters = 4;

    /// <summary>Fewer such words say nothing about the page's direction.</summary>
    private const int SidewaysMinimumWords = 5;

    /// <summary>The grey level Leptonica's deskew binarises at to measure the lean.</summary>
    private const int BinaryThreshold = 130;

    /// <summary>
    /// Reads the page, and keeps on it the image its words were read from (upright, deskewed), so that bands read from
    /// it next fall where the words were, without decoding, deskewing or turning it again.
    /// </summary>
    public PageText Recognize(BandPage page, int pageNumber)
    {
        ArgumentNullException.ThrowIfNull(page);
        var (upright, reading, _, turns) = ReadUpright(page.Image);
        page.Keep(turns, upright);
        var (width, height) = (Leptonica.pixGetWidth(upright), Leptonica.pixGetHeight(upright));
        return new PageText(pageNumber, reading.Text, PageTextSource.Ocr, reading.Confidence, width, height, reading.Words);
    }

    /// <summary>Writes the page, turned upright and deskewed, as a one-page searchable PDF to <c><paramref name="outputBase"/>.pdf</c>.</summary>
    public void RenderSearchable(PageImage image, string outputBase)
    {
        ArgumentNullException.ThrowIfNull(image);
        var (upright, _, resolution, _) = ReadUpright(image);
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

    /// <summary>
    /// The page deskewed, and turned when the first reading is poor or sideways and OSD finds it turned; with its reading
    /// and the quarter turns it was read at.
    /// </summary>
    private (SafePixHandle Upright, OcrReading Reading, int Resolution, int Turns) ReadUpright(PageImage image)
    {
        var resolution = Usable(image.Resolution);
        var straight = Deskew(image.Pix);
        var reading = Read(straight, resolution);
        if (reading.Confidence >= PoorConfidence && !ReadSideways(reading))
        {
            return (straight, reading, resolution ?? TargetResolution, 0);
        }

        // OSD reads the page as it came: on a rotated (resampled) copy it was less sure, and sometimes wrong.
        var turns = orientation.QuarterTurnsToUpright(image.Pix, resolution ?? TargetResolution);
        if (turns == 0)
        {
            return (straight, reading, resolution ?? TargetResolution, 0);
        }

        var upright = TurnStraight(image.Pix, straight, turns);
        var second = Read(upright, resolution);
        if (Improves(second, reading))
        {
            straight.Dispose();
            return (upright, second, resolution ?? TargetResolution, turns);
        }

        upright.Dispose();
        return (straight, reading, resolution ?? TargetResolution, 0);
    }

    /// <summary>
    /// Reads one band of the page as a single block, with only the whitelisted characters, drawn at
    /// <paramref name="scale"/> first. The band is in the coordinates of <see cref="Recognize"/>'s words, so the page is
    /// turned the same way: as it was read when this worker read it, otherwise only when the unturned band reads poorly.
    /// </summary>
    public PageText RecognizeRegion(BandPage page, int pageNumber, BoundingBox region, string characterWhitelist, RegionScale scale)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(scale);
        var resolution = Usable(page.Image.Resolution) ?? TargetResolution;
        var band = new Band(region, characterWhitelist, scale);
        if (page.ReadTurns is { } known)
        {
            return ReadBand(page, known, resolution, pageNumber, band);
        }

        var read = ReadBand(page, 0, resolution, pageNumber, band);
        if (read.Confidence >= PoorBandConfidence)
        {
            return read;
        }

        var turns = page.TurnsToUpright(() => orientation.QuarterTurnsToUpright(page.Image.Pix, resolution));
        if (turns == 0)
        {
            return read;
        }

        // A band cut across turned text yields a few confident letters: the turned reading must also read more.
        var turned = ReadBand(page, turns, resolution, pageNumber, band);
        return turned.Confidence > read.Confidence && turned.Text.Length >= read.Text.Length ? turned : read;
    }

    /// <summary>The band cut out of the page (turned and deskewed as <see cref="Recognize"/> reads it), drawn at its scale and read.</summary>
    private PageText ReadBand(BandPage page, int turns, int resolution, int pageNumber, Band band)
    {
        var upright = page.Upright(turns, pix => Deskew(pix));
        var (width, height) = (Leptonica.pixGetWidth(upright), Leptonica.pixGetHeight(upright));
        var region = band.Region;
        var left = Math.Clamp((int)Math.Floor(region.Left), 0, width - 1);
        var top = Math.Clamp((int)Math.Floor(region.Top), 0, height - 1);
        var right = Math.Clamp((int)Math.Ceiling(region.Right), left + 1, width);
        var bottom = Math.Clamp((int)Math.Ceiling(region.Bottom), top + 1, height);
        using var cut = Clip(upright, left, top, right - left, bottom - top);
        var (across, up) = (Positive(band.Scale.Enlargement * band.Scale.Across), Positive(band.Scale.Enlargement));
        using var drawn = across == 1 && up == 1 ? Leptonica.pixClone(cut) : Leptonica.pixScale(cut, (float)across, (float)up);
        var reader = band.CharacterWhitelist.Length > 0 ? bandEngine.Value : engine;
        var reading = reader.Read(drawn, (int)Math.Round(resolution * up), PageSegmentation.SingleBlock, band.CharacterWhitelist);
        var words = reading.Words.Select(w => w with
        {
            Box = new BoundingBox(left + (w.Box.Left / across), top + (w.Box.Top / up), w.Box.Width / across, w.Box.Height / up),
        });
        return new PageText(pageNumber, reading.Text, PageTextSource.Ocr, reading.Confidence, width, height, [.. words]);
    }

    private static double Positive(double factor) => factor > 0 ? factor : 1;

    private static SafePixHandle Clip(SafePixHandle pix, int left, int top, int width, int height)
    {
        var box = Leptonica.boxCreate(left, top, width, height);
        try
        {
            return Leptonica.pixClipRectangle(pix, box, IntPtr.Zero);
        }
        finally
        {
            Leptonica.boxDestroy(ref box);
        }
    }

    /// <summary>A region to read, the characters it may hold, and how it is drawn before it is read.</summary>
    private sealed record Band(BoundingBox Region, string CharacterWhitelist, RegionScale Scale);

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

    /// <summary>
    /// A reading of the turned page replaces the first when it is more confident, or when the first was read sideways and
    /// the turned one is upright and as confident as a good page.
    /// </summary>
    private static bool Improves(OcrReading turned, OcrReading first) =>
        turned.Confidence > first.Confidence || (ReadSideways(first) && !ReadSideways(turned) && turned.Confidence >= PoorConfidence);

    /// <summary>
    /// Whether Tesseract read the page as vertical text: it does so with a page turned a quarter turn clockwise, with good
    /// confidence, but its words then come in columns and their boxes stand upright (taller than wide) in the sideways page.
    /// </summary>
    private static bool ReadSideways(OcrReading reading)
    {
        var words = reading.Words.Where(w => w.Text.Count(char.IsLetterOrDigit) >= SidewaysWordLetters).ToList();
        return words.Count >= SidewaysMinimumWords && words.Count(w => w.Box.Height > w.Box.Width) > words.Count / 2;
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

    /// <summary>
    /// The page turned by <paramref name="turns"/> quarter turns, deskewed. Half a turn keeps the skew measured on
    /// <paramref name="straight"/>, so that is turned; after a quarter turn the text runs the other way and is measured again.
    /// </summary>
    private static SafePixHandle TurnStraight(SafePixHandle original, SafePixHandle straight, int turns)
    {
        if (turns == 2)
        {
            return Leptonica.pixRotateOrth(straight, turns);
        }

        using var turned = Leptonica.pixRotateOrth(original, turns);
        return Deskew(turned);
    }

    /// <summary>
    /// The page rotated straight when its text lines lean measurably; otherwise the page itself (another reference), since
    /// Tesseract reads a slight lean as well and rotating a grey 300-dpi page costs 0.1 to 0.3 s.
    /// </summary>
    private static SafePixHandle Deskew(SafePixHandle pix)
    {
        using var binary = Leptonica.pixGetDepth(pix) == 1 ? Leptonica.pixClone(pix) : Leptonica.pixConvertTo1(pix, BinaryThreshold);
        if (binary.IsInvalid || Leptonica.pixFindSkew(binary, out var degrees, out var confidence) != 0
            || confidence < MinimumSkewConfidence || Math.Abs(degrees) < NegligibleSkewDegrees)
        {
            return Leptonica.pixClone(pix);
        }

        var straight = Leptonica.pixRotate(pix, (float)(degrees * Math.PI / 180), Leptonica.RotateAreaMap, Leptonica.BringInWhite, 0, 0);
        if (!straight.IsInvalid)
        {
            return straight;
        }

        straight.Dispose();
        return Leptonica.pixClone(pix);
    }
}
