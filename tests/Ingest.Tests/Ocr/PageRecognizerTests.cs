using DocArchive.Fixtures;
using DocArchive.Ingest.Ocr;
using Xunit.Abstractions;

namespace DocArchive.Ingest.Tests.Ocr;

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

        AssertReads(turned, 0.03);
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

    private void AssertReads(FixtureImage image, double maximumErrorRate, string? expected = null)
    {
        using var page = TesseractEngineTests.Decode(image);

        var text = recognizer.Recognize(page, 1).Text;

        var rate = CharacterErrorRate.Of(expected ?? $"{OcrTestEnvironment.KnownText}\n{OcrTestEnvironment.KnownText}", text);
        output.WriteLine($"CER {rate:P2}: {text}");
        Assert.True(rate < maximumErrorRate, $"CER {rate:P2}: {text}");
    }
}
