using System.Collections.Concurrent;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace DocArchive.Fixtures;

/// <summary>
/// Builds a PDF page by page: born-digital text pages (a real text layer in embedded TrueType fonts), scanned pages
/// (one JPEG or CCITT G4 image each, optionally with a few words of text layer over it, like a stamp) and
/// vector-only pages (text drawn as filled shapes, no text and no image: they must be rendered to be read).
/// </summary>
public sealed class FixturePdfBuilder : IDisposable
{
    private const int VectorDpi = 150;
    private static readonly ConcurrentDictionary<string, byte[]> FontFiles = new(StringComparer.Ordinal);

    private readonly PdfDocumentBuilder builder = new();
    private readonly Dictionary<string, PdfDocumentBuilder.AddedFont> fonts = new(StringComparer.Ordinal);

    public int PageCount { get; private set; }

    /// <summary>An A4 page with nothing drawn on it.</summary>
    public FixturePdfBuilder AddEmptyPage()
    {
        builder.AddPage(FixturePage.A4Width, FixturePage.A4Height);
        PageCount++;
        return this;
    }

    /// <summary>An A4 page with a text layer.</summary>
    public FixturePdfBuilder AddTextPage(FixturePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var pdfPage = builder.AddPage(FixturePage.A4Width, FixturePage.A4Height);
        DrawTexts(pdfPage, page.Texts, FixturePage.A4Height);
        foreach (var rule in page.Rules)
        {
            pdfPage.DrawLine(
                new PdfPoint(rule.X1, FixturePage.A4Height - rule.Y1),
                new PdfPoint(rule.X2, FixturePage.A4Height - rule.Y2),
                rule.Width);
        }

        PageCount++;
        return this;
    }

    /// <summary>
    /// A page holding only <paramref name="image"/> (sized from its resolution, 300 dpi when unknown), and over it the
    /// text layer <paramref name="overlay"/> when given (positions in points from the page's top-left corner).
    /// </summary>
    public FixturePdfBuilder AddScannedPage(
        FixtureImage image,
        FixtureScanEncoding encoding = FixtureScanEncoding.Jpeg,
        int jpegQuality = 75,
        IReadOnlyList<FixtureText>? overlay = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        var dpi = image.Dpi > 0 ? image.Dpi : 300;
        var width = image.Width * 72.0 / dpi;
        var height = image.Height * 72.0 / dpi;
        var pdfPage = builder.AddPage(width, height);
        var placement = new PdfRectangle(0, 0, width, height);
        if (encoding == FixtureScanEncoding.Jpeg)
        {
            pdfPage.AddJpeg(FixtureEncode.Jpeg(image, jpegQuality), placement);
        }
        else if (encoding == FixtureScanEncoding.Flate)
        {
            pdfPage.AddPng(FixtureEncode.Png(image), placement);
        }
        else
        {
            pdfPage.AddCcittG4(FixtureEncode.CcittG4(image), image.Width, image.Height, placement, false);
        }

        if (overlay is not null)
        {
            DrawTexts(pdfPage, overlay, height);
        }

        PageCount++;
        return this;
    }

    /// <summary>A page holding only a colour photo as a JPEG (sized from its resolution, 300 dpi when unknown).</summary>
    public FixturePdfBuilder AddPhotoPage(FixtureColorImage image, int jpegQuality = 85)
    {
        ArgumentNullException.ThrowIfNull(image);
        var dpi = image.Dpi > 0 ? image.Dpi : 300;
        var width = image.Width * 72.0 / dpi;
        var height = image.Height * 72.0 / dpi;
        builder.AddPage(width, height).AddJpeg(FixtureEncode.Jpeg(image, jpegQuality), new PdfRectangle(0, 0, width, height));
        PageCount++;
        return this;
    }

    /// <summary>An A4 page whose text is drawn as filled rectangles traced from a 150-dpi render: no text layer, no image.</summary>
    public FixturePdfBuilder AddVectorPage(FixturePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var image = FixtureRaster.Render([page], VectorDpi)[0];
        var pdfPage = builder.AddPage(FixturePage.A4Width, FixturePage.A4Height);
        const double scale = 72.0 / VectorDpi;
        foreach (var (x, y, w, h) in DarkRectangles(image))
        {
            pdfPage.DrawRectangle(new PdfPoint(x * scale, FixturePage.A4Height - ((y + h) * scale)), w * scale, h * scale, 0, fill: true);
        }

        PageCount++;
        return this;
    }

    public byte[] Build() => builder.Build();

    public void Dispose() => builder.Dispose();

    private void DrawTexts(PdfPageBuilder pdfPage, IEnumerable<FixtureText> texts, double pageHeight)
    {
        foreach (var text in texts)
        {
            pdfPage.AddText(text.Text, text.Size, new PdfPoint(text.X, pageHeight - text.Y), Font(text.Font));
        }
    }

    private PdfDocumentBuilder.AddedFont Font(string path)
    {
        if (!fonts.TryGetValue(path, out var font))
        {
            font = builder.AddTrueTypeFont(FontFiles.GetOrAdd(path, File.ReadAllBytes));
            fonts[path] = font;
        }

        return font;
    }

    /// <summary>Runs of dark pixels, merged down the rows while a run repeats exactly.</summary>
    private static List<(int X, int Y, int Width, int Height)> DarkRectangles(FixtureImage image)
    {
        var done = new List<(int, int, int, int)>();
        var open = new Dictionary<(int Start, int End), int>();
        for (var y = 0; y <= image.Height; y++)
        {
            var row = new HashSet<(int Start, int End)>();
            if (y < image.Height)
            {
                var offset = y * image.Width;
                for (var x = 0; x < image.Width; x++)
                {
                    if (image.Pixels[offset + x] >= 128)
                    {
                        continue;
                    }

                    var start = x;
                    while (x < image.Width && image.Pixels[offset + x] < 128)
                    {
                        x++;
                    }

                    row.Add((start, x));
                }
            }

            foreach (var (run, top) in open.Where(r => !row.Contains(r.Key)).ToList())
            {
                done.Add((run.Start, top, run.End - run.Start, y - top));
                open.Remove(run);
            }

            foreach (var run in row)
            {
                open.TryAdd(run, y);
            }
        }

        return done;
    }
}
