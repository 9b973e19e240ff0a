using System.Diagnostics;
using DocArchive.Fixtures;
using DocArchive.Ingest.Reading.Worker.Pages;

namespace DocArchive.Ingest.Tests.Reading.Worker.Pages;

public sealed class PageInkTests
{
    private static readonly PageSourceLimits Limits = new(200_000_000, 300);

    public PageInkTests() => OcrTestEnvironment.UseNativeLibraries();

    [Fact]
    public void IsBlank_ReturnsTrue_WhenPageIsWhite()
    {
        using var page = Decode(FixtureEncode.Png(FixtureImage.Blank(2480, 3508, 300)), 300);

        Assert.True(PageInk.IsBlank(page));
    }

    [Theory]
    [InlineData(300, 1)]
    [InlineData(200, 2)]
    [InlineData(0, 3)]
    public void IsBlank_ReturnsTrue_WhenScanOfAnEmptyPageHasNoiseSpecksHolesAndABorder(int dpi, int seed)
    {
        var scan = Scanned(FixtureImage.Blank(Pixels(210, dpi), Pixels(297, dpi), dpi), new Random(seed));

        using var page = Decode(FixtureEncode.Jpeg(scan, 60), dpi);

        Assert.True(PageInk.IsBlank(page));
    }

    [Theory]
    [InlineData("Lampiran 2", 12, 300)]
    [InlineData("Halaman ini sengaja dikosongkan.", 10, 300)]
    [InlineData("Paraf: ZW", 11, 200)]
    [InlineData("Lampiran 2", 12, 0)]
    public void IsBlank_ReturnsFalse_WhenScanHasOneShortLine(string line, double size, int dpi)
    {
        var rendered = FixtureRaster.Render([FixturePage.FromLines([line], size)], dpi == 0 ? 300 : dpi)[0] with { Dpi = dpi };
        var scan = Scanned(rendered, new Random(7));

        using var page = Decode(FixtureEncode.Jpeg(scan, 60), dpi);

        Assert.False(PageInk.IsBlank(page));
    }

    [Fact]
    public void IsBlank_ReturnsFalse_WhenPageIsAFullScanOfText()
    {
        var rendered = FixtureRaster.Render([FixturePage.FromLines(OcrTestEnvironment.KnownLines)], 300)[0];

        using var page = Decode(FixtureEncode.Png(rendered), 300);

        Assert.False(PageInk.IsBlank(page));
    }

    [Fact]
    public void IsBlank_ReturnsFalse_WhenPageIsBilevelWithOneLine()
    {
        var rendered = FixtureRaster.Render([FixturePage.FromLines(["Lampiran 2"])], 300)[0];

        using var page = Decode(FixtureEncode.Tiff(rendered, bilevel: true), 300);

        Assert.False(PageInk.IsBlank(page));
    }

    [Fact]
    public void IsBlank_TakesMilliseconds_WhenPageIsA300DpiScan()
    {
        var scan = Scanned(FixtureImage.Blank(2480, 3508, 300), new Random(4));
        using var page = Decode(FixtureEncode.Jpeg(scan, 60), 300);
        PageInk.IsBlank(page);

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 5; i++)
        {
            PageInk.IsBlank(page);
        }

        // About 15 ms a page on one free core; the bound leaves room for a machine busy with other builds.
        Assert.InRange(clock.Elapsed.TotalMilliseconds / 5, 0, 250);
    }

    private static PageImage Decode(byte[] bytes, int dpi) => PageImageDecoder.Decode(bytes, 1, Limits, dpi);

    private static int Pixels(double millimetres, int dpi) => (int)Math.Round(millimetres * (dpi == 0 ? 300 : dpi) / 25.4);

    /// <summary>
    /// The page as an office scanner gives it: grey paper with noise, dust specks (a few over a millimetre), two punched
    /// holes in the left margin, a faint border a few millimetres in, and a dark strip along the right edge where the lid
    /// did not cover the glass; slightly skewed, then saved as JPEG by the caller.
    /// </summary>
    private static FixtureImage Scanned(FixtureImage page, Random random)
    {
        var (width, height) = (page.Width, page.Height);
        var millimetre = width / 210.0;
        var pixels = (byte[])page.Pixels.Clone();
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)Math.Clamp(pixels[i] - 24 + random.Next(-12, 13), 0, 255);
        }

        void Disc(double cx, double cy, double radius, byte grey)
        {
            for (var y = (int)(cy - radius); y <= cy + radius; y++)
            {
                for (var x = (int)(cx - radius); x <= cx + radius; x++)
                {
                    if (x >= 0 && y >= 0 && x < width && y < height && ((x - cx) * (x - cx)) + ((y - cy) * (y - cy)) <= radius * radius)
                    {
                        pixels[(y * width) + x] = Math.Min(pixels[(y * width) + x], grey);
                    }
                }
            }
        }

        for (var i = 0; i < 300; i++)
        {
            Disc(random.Next(width), random.Next(height), random.NextDouble() * 0.3 * millimetre, (byte)random.Next(20, 120));
        }

        for (var i = 0; i < 4; i++)
        {
            Disc(random.Next(width), random.Next(height), 0.6 * millimetre, 60);
        }

        // Two holes of a two-hole punch, 80 mm apart: dark discs where the scanner's dark lid shows through.
        foreach (var cy in new[] { (height / 2.0) - (40 * millimetre), (height / 2.0) + (40 * millimetre) })
        {
            Disc(12 * millimetre, cy, 3.2 * millimetre, 90);
        }

        var inset = (int)(4 * millimetre);
        for (var x = inset; x < width - inset; x++)
        {
            pixels[(inset * width) + x] = Math.Min(pixels[(inset * width) + x], (byte)190);
            pixels[((height - inset) * width) + x] = Math.Min(pixels[((height - inset) * width) + x], (byte)190);
        }

        for (var y = inset; y < height - inset; y++)
        {
            pixels[(y * width) + inset] = Math.Min(pixels[(y * width) + inset], (byte)190);
            pixels[(y * width) + width - inset] = Math.Min(pixels[(y * width) + width - inset], (byte)190);
            for (var x = width - (int)(3 * millimetre); x < width; x++)
            {
                pixels[(y * width) + x] = 40;
            }
        }

        return FixtureDegrade.Skew(page with { Pixels = pixels }, 0.8);
    }
}
