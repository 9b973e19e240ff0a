using System.Globalization;
using DocArchive.Fixtures.Interop;

namespace DocArchive.Fixtures;

/// <summary>Rasterises PDF pages to grayscale images with Debian's pdftoppm (PGM output: PNG output is far slower).</summary>
public static class FixtureRaster
{
    /// <summary>Every page of <paramref name="pdf"/> at <paramref name="dpi"/>, in order.</summary>
    public static IReadOnlyList<FixtureImage> Render(byte[] pdf, int dpi = 300)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var pgm = ExternalTool.Run("pdftoppm", ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-"], pdf);
        return FixtureImage.FromPgm(pgm, dpi);
    }

    /// <summary>One page (1-based) of <paramref name="pdf"/> at <paramref name="dpi"/>.</summary>
    public static FixtureImage RenderPage(byte[] pdf, int pageNumber, int dpi = 300)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var page = pageNumber.ToString(CultureInfo.InvariantCulture);
        var pgm = ExternalTool.Run("pdftoppm", ["-f", page, "-l", page, "-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-"], pdf);
        return FixtureImage.FromPgm(pgm, dpi)[0];
    }

    /// <summary>Renders pages of text (a born-digital PDF first) to images.</summary>
    public static IReadOnlyList<FixtureImage> Render(IReadOnlyList<FixturePage> pages, int dpi = 300) =>
        Render(FixtureDocument.TextPdf(pages), dpi);

    /// <summary>Renders lines of text in DejaVu Sans 12 pt on one A4 page.</summary>
    public static FixtureImage RenderLines(int dpi, params string[] lines) =>
        Render([FixturePage.FromLines(lines)], dpi)[0];
}
