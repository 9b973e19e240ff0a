using DocArchive.Fixtures;
using DocArchive.Ingest.Reading;
using DocArchive.Ingest.Reading.Worker;
using Xunit.Abstractions;

namespace DocArchive.Ingest.Tests.Reading.Worker;

public sealed class PageRecognizerTests : IDisposable
{
    private readonly ITestOutputHelper output;
    private readonly TesseractEngine engine;
    private readonly OrientationDetector orientation;
    private readonly PageRecognizer recognizer;

    public PageRecognizerTests(ITestOutputHelper output)
    {
        this.output = output;
        OcrTestEnvironment.UseNativeLibraries();
        engine = new TesseractEngine(OcrTestEnvironment.TessdataPath, "ind+eng");
        orientation = new OrientationDetector(OcrTestEnvironment.TessdataPath);
        recognizer = new PageRecognizer(engine, orientation, new Lazy<TesseractEngine>(() => engine));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Recognize_ReadsThePageUpright_WhenScannedTurned(int quarterTurns)
    {
        var turned = FixtureDegrade.Rotate(Paragraph(), quarterTurns);

        var page = AssertReads(turned, 0.03);

        // Upright: the A4 page stands, and its first line is near the top, as the layout rules expect.
        Assert.True(page.Height > page.Width, $"{page.Width}x{page.Height}");
        Assert.True(page.Words[0].Box.Top < page.Height / 4, $"first word at {page.Words[0].Box}");
    }

    [Theory]
    [InlineData(4)]
    [InlineData(-4)]
    public void Recognize_ReadsThePage_WhenScannedSkewed(double degrees) =>
        AssertReads(FixtureDegrade.Skew(Paragraph(), degrees), 0.03);

    [Fact]
    public void Recognize_ScalesTheText_WhenImageHasNoResolutionAndSmallText()
    {
        var small = FixtureRaster.Render([FixturePage.FromLines(OcrTestEnvironment.KnownLines)], 110)[0] with { Dpi = 0 };

        AssertReads(small, 0.03, OcrTestEnvironment.KnownText);
    }

    public void Dispose()
    {
        orientation.Dispose();
        engine.Dispose();
    }

    private static FixtureImage Paragraph() => FixtureRaster.Render([FixturePage.FromLines([.. OcrTestEnvironment.KnownLines, .. OcrTestEnvironment.KnownLines])], 300)[0];

    private PageText AssertReads(FixtureImage image, double maximumErrorRate, string? expected = null)
    {
        using var page = new BandPage(TesseractEngineTests.Decode(image));

        var read = recognizer.Recognize(page, 1);

        var rate = CharacterErrorRate.Of(expected ?? $"{OcrTestEnvironment.KnownText}\n{OcrTestEnvironment.KnownText}", read.Text);
        output.WriteLine($"CER {rate:P2}: {read.Text}");
        Assert.True(rate < maximumErrorRate, $"CER {rate:P2}: {read.Text}");
        return read;
    }
}
