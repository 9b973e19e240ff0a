using DocArchive.Ingest.Reading.Worker.Interop;

namespace DocArchive.Ingest.Reading.Worker.Pages;

/// <summary>
/// Whether anything is written on a page image, judged in milliseconds on a copy reduced to about 150 dpi before the
/// page is OCRed: marks that stand out from the paper by a clear contrast and line up like letters (at least
/// <see cref="LineMarks"/> of them in a row), or one mark as large as a signature, a stamp or a photo. Specks, scanner
/// noise, a punched hole's shadow, a faint border and the dark edges of a scan (marks touching the image's edge) are not.
/// </summary>
internal static class PageInk
{
    /// <summary>The resolution the page is checked at: letters of 8-point text are still several pixels tall.</summary>
    private const double CheckDpi = 150;

    /// <summary>The long side of an A4 page, for a page image that does not say its resolution.</summary>
    private const double A4LongSideInches = 11.69;

    /// <summary>Resolutions outside this range (missing values, 72-dpi phone photos) are not believed.</summary>
    private const int MinimumUsableResolution = 100;
    private const int MaximumUsableResolution = 1200;

    /// <summary>Ink is this many grey levels darker than the paper; a faint border or scanner noise is not.</summary>
    private const int InkContrast = 70;

    /// <summary>Paper darker than this (a photo, an inverted scan) is not judged: the page is read.</summary>
    private const uint DarkestPaper = 128;

    /// <summary>A mark this tall or taller (in mm) may be a letter; smaller ones are specks and dots.</summary>
    private const double LetterMinimumMm = 1.0;

    /// <summary>A letter (or a few run together) is at most this tall and this wide, in mm.</summary>
    private const double LetterMaximumHeightMm = 12;
    private const double LetterMaximumWidthMm = 40;

    /// <summary>This many letter-sized marks in a row are a line of writing; two punched holes and a speck are not.</summary>
    private const int LineMarks = 3;

    /// <summary>A mark at least this wide and tall (in mm) is a signature, stamp, photo or drawing.</summary>
    private const double LargeMarkMm = 15;

    /// <summary>Past this many letter-sized marks the page is plainly written on: no need to look further.</summary>
    private const int PlainlyWritten = 200;

    /// <summary>Whether the page carries no ink worth reading.</summary>
    public static bool IsBlank(PageImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var resolution = image.Resolution is >= MinimumUsableResolution and <= MaximumUsableResolution
            ? image.Resolution
            : Math.Max(image.Width, image.Height) / A4LongSideInches;
        var scale = (float)Math.Min(1, CheckDpi / resolution);
        using var grey = Reduce(image.Pix, scale);
        if (grey.IsInvalid || Leptonica.pixGetRankValue(grey, 2, 0.5f, out var paper) != 0 || paper < DarkestPaper)
        {
            return false;
        }

        using var ink = Leptonica.pixConvertTo1(grey, (int)paper - InkContrast);
        return !ink.IsInvalid && !HasWriting(ink, resolution * scale);
    }

    /// <summary>The page as 8-bit grey at <paramref name="scale"/>, each pixel from the area it covers.</summary>
    private static SafePixHandle Reduce(SafePixHandle pix, float scale)
    {
        if (Leptonica.pixGetDepth(pix) == 1)
        {
            return scale < 1 ? Leptonica.pixScaleToGray(pix, scale) : Leptonica.pixConvertTo8(pix, 0);
        }

        using var scaled = scale < 1 ? Leptonica.pixScale(pix, scale, scale) : Leptonica.pixClone(pix);
        return Leptonica.pixConvertTo8(scaled, 0);
    }

    private static bool HasWriting(SafePixHandle ink, double dpi)
    {
        var (width, height) = (Leptonica.pixGetWidth(ink), Leptonica.pixGetHeight(ink));
        var millimetre = dpi / 25.4;
        var letters = new List<Mark>();
        var boxes = Leptonica.pixConnCompBB(ink, 8);
        try
        {
            var count = boxes == IntPtr.Zero ? 0 : Leptonica.boxaGetCount(boxes);
            for (var i = 0; i < count; i++)
            {
                if (Leptonica.boxaGetBoxGeometry(boxes, i, out var x, out var y, out var w, out var h) != 0
                    || x <= 0 || y <= 0 || x + w >= width || y + h >= height)
                {
                    continue;
                }

                if (w >= LargeMarkMm * millimetre && h >= LargeMarkMm * millimetre)
                {
                    return true;
                }

                if (h >= LetterMinimumMm * millimetre && h <= LetterMaximumHeightMm * millimetre && w <= LetterMaximumWidthMm * millimetre)
                {
                    letters.Add(new Mark(x, y, w, h));
                }
            }
        }
        finally
        {
            Leptonica.boxaDestroy(ref boxes);
        }

        return letters.Count >= PlainlyWritten || HasLine(letters);
    }

    /// <summary>Whether <see cref="LineMarks"/> letter-sized marks follow one another along a line, each near the last.</summary>
    private static bool HasLine(List<Mark> letters)
    {
        letters.Sort((a, b) => a.X.CompareTo(b.X));
        var run = new int[letters.Count];
        for (var i = 0; i < letters.Count; i++)
        {
            run[i] = Math.Max(run[i], 1);
            for (var j = i + 1; j < letters.Count && letters[j].X <= letters[i].Right + (9 * letters[i].H); j++)
            {
                if (letters[i].FollowedBy(letters[j]))
                {
                    run[j] = Math.Max(run[j], run[i] + 1);
                    if (run[j] >= LineMarks)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>A mark's box, in pixels of the reduced page.</summary>
    private readonly record struct Mark(int X, int Y, int W, int H)
    {
        public int Right => X + W;

        private double Middle => Y + (H / 2.0);

        /// <summary>
        /// Whether <paramref name="next"/> (starting further right) sits on the same line, at most three heights away: its middle
        /// inside this mark's height and heights alike within a factor of three.
        /// </summary>
        public bool FollowedBy(Mark next) =>
            Math.Abs(next.Middle - Middle) <= Math.Max(H, next.H) / 2.0
            && next.H <= 3 * H && H <= 3 * next.H
            && next.X - Right <= 3 * Math.Max(H, next.H);
    }
}
