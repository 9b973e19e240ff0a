using DocArchive.Fixtures;
using DocArchive.Ingest.Reading;
using DocArchive.Ingest.Reading.Worker.Interop;
using DocArchive.Ingest.Reading.Worker.Pages;

namespace DocArchive.Ingest.Tests.Reading.Worker.Pages;

public sealed class PageSourcesTests : IDisposable
{
    private static readonly PageSourceLimits Limits = new(200_000_000, 300);
    private static readonly FixturePage Known = FixturePage.FromLines(OcrTestEnvironment.KnownLines);
    private readonly TemporaryDirectory files = new();

    public PageSourcesTests() => OcrTestEnvironment.UseNativeLibraries();

    [Fact]
    public void TryReadText_ReturnsWordsInPointsFromTopLeft_WhenPdfHasTextLayer()
    {
        using var source = Open("text.pdf", FixtureDocument.TextPdf(Known), ContentTypes.Pdf);

        var page = source.TryReadText(1);

        Assert.NotNull(page);
        Assert.Equal(PageTextSource.TextLayer, page.Source);
        Assert.Equal(OcrTestEnvironment.KnownText, page.Text);
        var passport = Assert.Single(page.Words, w => w.Text == "E12345678");
        Assert.Equal(4, passport.Line);
        // Fourth line: baseline at 56 + 12 + 3 * 19.2 points from the top.
        Assert.InRange(passport.Box.Bottom, 123, 130);
        Assert.InRange(passport.Box.Left, 100, 200);
        Assert.Equal(FixturePage.A4Width, page.Width, 1);
    }

    [Fact]
    public void TryReadText_ReturnsNull_WhenTheOnlyTextIsAStamp()
    {
        using var source = Open("stamp.pdf", FixtureDocument.StampOnlyPdf(Known, "DITERIMA"), ContentTypes.Pdf);

        Assert.Null(source.TryReadText(1));
        using var image = source.ReadImage(1);
        Assert.InRange(image.Resolution, 298, 302);
    }

    [Fact]
    public void ReadImage_RendersThePageAtA4Size_WhenPdfPigCannotParseIt()
    {
        using var source = Open("damaged.pdf", FixtureDocument.DamagedPagePdf(OcrTestEnvironment.KnownLines, sizePoints: 400), ContentTypes.Pdf);

        Assert.Null(source.TryReadText(1));
        using var image = source.ReadImage(1);

        // Its own size is not trusted: the long side is an A4 page's at 300 dpi.
        Assert.InRange(Math.Max(image.Width, image.Height), 3500, 3510);
    }

    [Theory]
    [InlineData(FixtureScanEncoding.Jpeg, 8)]
    [InlineData(FixtureScanEncoding.Flate, 32)]
    [InlineData(FixtureScanEncoding.CcittG4, 1)]
    public void ReadImage_TakesTheScanOut_WhenPdfIsScanned(FixtureScanEncoding encoding, int depth)
    {
        var scan = FixtureRaster.Render([Known], 150)[0];
        using var source = Open("scan.pdf", FixtureDocument.ScannedPdf([scan], encoding), ContentTypes.Pdf);

        Assert.Null(source.TryReadText(1));
        using var image = source.ReadImage(1);

        Assert.Equal((scan.Width, scan.Height), (image.Width, image.Height));
        Assert.InRange(image.Resolution, 149, 151);
        Assert.Equal(depth, Leptonica.pixGetDepth(image.Pix));
    }

    [Fact]
    public void ReadImage_RendersAtConfiguredDpi_WhenPageIsVectorOnly()
    {
        using var source = Open("vector.pdf", FixtureDocument.VectorOnlyPdf(Known), ContentTypes.Pdf);

        Assert.Null(source.TryReadText(1));
        using var image = source.ReadImage(1);

        Assert.InRange(image.Width, 2478, 2482);
        Assert.Equal(300, image.Resolution);
    }

    [Fact]
    public void TryReadBlank_FindsBlankPagesWithoutRenderingThemAtFullResolution_WhenTheyDrawNothingOrOnlyARule()
    {
        var ruleOnly = new FixturePage([], [new FixtureRule(56, 800, 540, 800)]);
        using var pdf = new FixturePdfBuilder().AddEmptyPage().AddTextPage(ruleOnly).AddVectorPage(FixturePage.FromLines("Lampiran 2")).AddTextPage(Known);
        using var source = Open("blanks.pdf", pdf.Build(), ContentTypes.Pdf);

        var empty = source.TryReadBlank(1);
        var rule = source.TryReadBlank(2);

        Assert.NotNull(empty);
        Assert.Equal((PageTextSource.Blank, "", FixturePage.A4Width), (empty.Source, empty.Text, Math.Round(empty.Width, 2)));
        Assert.Equal(PageTextSource.Blank, rule?.Source);
        Assert.Null(source.TryReadBlank(3));
        Assert.Null(source.TryReadBlank(4));
    }

    [Fact]
    public void TryReadText_DecidesPageByPage_WhenPdfIsMixed()
    {
        var pages = new[] { Known, FixturePage.FromLines("Halaman kedua dipindai"), Known };
        using var source = Open("mixed.pdf", FixtureDocument.MixedPdf(pages, new HashSet<int> { 2 }, 150), ContentTypes.Pdf);

        Assert.Equal(3, source.PageCount);
        Assert.NotNull(source.TryReadText(1));
        Assert.Null(source.TryReadText(2));
        Assert.NotNull(source.TryReadText(3));
    }

    [Theory]
    [InlineData(FixtureActiveContent.None, ActiveContent.None)]
    [InlineData(FixtureActiveContent.OpenActionJavaScript, ActiveContent.JavaScript)]
    [InlineData(FixtureActiveContent.NamedJavaScript, ActiveContent.JavaScript)]
    [InlineData(FixtureActiveContent.EscapedJavaScript, ActiveContent.JavaScript)]
    [InlineData(FixtureActiveContent.Launch, ActiveContent.Launch)]
    [InlineData(FixtureActiveContent.EmbeddedFile, ActiveContent.EmbeddedFiles)]
    [InlineData(FixtureActiveContent.FileAttachment, ActiveContent.EmbeddedFiles)]
    public void FindActiveContent_NamesWhatThePdfCarries_AndItsTextIsStillRead(FixtureActiveContent carried, ActiveContent expected)
    {
        using var source = Open("active.pdf", FixtureActivePdf.Text(carried, OcrTestEnvironment.KnownLines), ContentTypes.Pdf);

        Assert.Equal(expected, source.FindActiveContent());
        Assert.Equal(OcrTestEnvironment.KnownText, source.TryReadText(1)?.Text);
    }

    [Fact]
    public void FindActiveContent_FindsNone_WhenTheFileIsAnImage()
    {
        using var tiff = Open("scan.tif", FixtureEncode.Tiff(FixtureRaster.RenderLines(100, "satu")), ContentTypes.Tiff);
        using var png = Open("scan.png", FixtureEncode.Png(FixtureRaster.RenderLines(100, "satu")), ContentTypes.Png);

        Assert.Equal((ActiveContent.None, ActiveContent.None), (tiff.FindActiveContent(), png.FindActiveContent()));
    }

    [Fact]
    public void TryReadText_ReadsTheTextLayer_WhenTheTrailerHasNoSize()
    {
        var pdf = FixtureRawPdf.WithoutTrailerSize(FixtureDocument.TextPdf(Known));
        Assert.DoesNotContain("/Size", System.Text.Encoding.Latin1.GetString(pdf[^200..]), StringComparison.Ordinal);
        Assert.Contains("E12345678", FixturePoppler.Text(pdf), StringComparison.Ordinal);

        using var source = Open("nosize.pdf", pdf, ContentTypes.Pdf);

        Assert.Equal(1, source.PageCount);
        Assert.Equal(OcrTestEnvironment.KnownText, source.TryReadText(1)?.Text);
    }

    [Fact]
    public void ReadImage_ReadsEveryPage_WhenTiffHasSeveral()
    {
        var first = FixtureRaster.RenderLines(100, "satu");
        var second = FixtureImage.Blank(300, 200, 100);
        using var source = Open("pages.tif", FixtureEncode.Tiff([first, second, first]), ContentTypes.Tiff);

        Assert.Equal(3, source.PageCount);
        using var image = source.ReadImage(2);
        Assert.Equal((300, 200), (image.Width, image.Height));
    }

    [Theory]
    [InlineData("png")]
    [InlineData("jpeg")]
    public void ReadImage_DecodesTheImage_WhenFileIsPngOrJpeg(string kind)
    {
        var render = FixtureRaster.RenderLines(100, "satu");
        var (bytes, type) = kind == "png" ? (FixtureEncode.Png(render), ContentTypes.Png) : (FixtureEncode.Jpeg(render), ContentTypes.Jpeg);
        using var source = Open("image", bytes, type);

        using var image = source.ReadImage(1);

        Assert.Equal((render.Width, render.Height), (image.Width, image.Height));
    }

    [Fact]
    public void Open_ThrowsWithReason_WhenFileIsEmpty() =>
        AssertUnsupported("empty", FixtureDocument.ZeroByte(), ContentTypes.Pdf, "empty");

    [Fact]
    public void Open_ThrowsWithReason_WhenPdfIsCorrupt() =>
        AssertUnsupported("corrupt.pdf", FixtureDocument.Corrupt(), ContentTypes.Pdf, "corrupt");

    [Fact]
    public void Open_ThrowsWithReason_WhenPdfIsEncrypted() =>
        AssertUnsupported("secret.pdf", FixtureDocument.Encrypted(FixtureDocument.TextPdf(Known)), ContentTypes.Pdf, "encrypted");

    [Fact]
    public void Open_ThrowsWithReason_WhenFileIsNotWhatItSays() =>
        AssertUnsupported("image.pdf", FixtureEncode.Png(FixtureImage.Blank(10, 10, 72)), ContentTypes.Pdf, "image/png");

    [Fact]
    public void Open_ThrowsWithReason_WhenFileIsNoSupportedKind() =>
        AssertUnsupported("notes.txt", "just some notes"u8.ToArray(), ContentTypes.Pdf, "not a PDF");

    [Fact]
    public void ReadImage_RefusesBeforeDecoding_WhenImageIsAbovePixelLimit()
    {
        var scan = FixtureImage.Blank(2000, 1000, 200);
        using var pdf = PageSources.Open(files.Write("big.pdf", FixtureDocument.ScannedPdf([scan])), ContentTypes.Pdf, Limits with { MaxPagePixels = 1_000_000 });
        using var png = PageSources.Open(files.Write("big.png", FixtureEncode.Png(scan)), ContentTypes.Png, Limits with { MaxPagePixels = 1_000_000 });

        Assert.Contains("2000 x 1000 pixels", Assert.Throws<UnsupportedDocumentException>(() => pdf.ReadImage(1)).Message, StringComparison.Ordinal);
        Assert.Contains("limit", Assert.Throws<UnsupportedDocumentException>(() => png.ReadImage(1)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadImage_RefusesToRender_WhenPageAtRenderDpiIsAbovePixelLimit()
    {
        using var source = Open("vector.pdf", FixtureDocument.VectorOnlyPdf(Known), ContentTypes.Pdf, Limits with { MaxPagePixels = 2_000_000 });

        Assert.Contains("limit", Assert.Throws<UnsupportedDocumentException>(() => source.ReadImage(1)).Message, StringComparison.Ordinal);
    }

    public void Dispose() => files.Dispose();

    private IPageSource Open(string name, byte[] content, string contentType, PageSourceLimits? limits = null) =>
        PageSources.Open(files.Write(name, content), contentType, limits ?? Limits);

    private void AssertUnsupported(string name, byte[] content, string contentType, string reason)
    {
        var error = Assert.Throws<UnsupportedDocumentException>(() => Open(name, content, contentType).Dispose());
        Assert.Contains(reason, error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
