using DocArchive.Fixtures;
using DocArchive.Ingest.Reading;
using DocArchive.Ingest.Reading.Worker;
using DocArchive.Ingest.Reading.Worker.Pages;
using Xunit.Abstractions;

namespace DocArchive.Ingest.Tests.Reading.Worker;

public sealed class TesseractEngineTests
{
    private readonly ITestOutputHelper output;

    public TesseractEngineTests(ITestOutputHelper output)
    {
        this.output = output;
        OcrTestEnvironment.UseNativeLibraries();
    }

    [Fact]
    public void Read_ReadsACleanRenderWithUnderTwoPercentErrors_WhenImageIs300Dpi()
    {
        using var engine = new TesseractEngine(OcrTestEnvironment.TessdataPath, "ind+eng");
        using var image = Decode(FixtureRaster.RenderLines(300, OcrTestEnvironment.KnownLines));

        var reading = engine.Read(image.Pix, 300, PageSegmentation.Auto);

        var rate = CharacterErrorRate.Of(OcrTestEnvironment.KnownText, reading.Text);
        output.WriteLine($"CER {rate:P3}");
        Assert.True(rate < 0.02, $"CER {rate:P2}: {reading.Text}");
        Assert.Equal(OcrTestEnvironment.KnownLines.Length, reading.Words.Max(w => w.Line));
        Assert.All(reading.Words, w => Assert.InRange(w.Confidence, 0, 1));
    }

    [Fact]
    public void Read_KeepsOnlyWhitelistedCharacters_WhenGivenAWhitelist()
    {
        using var engine = new TesseractEngine(OcrTestEnvironment.TessdataPath, "ind+eng");
        using var image = Decode(FixtureRaster.RenderLines(300, "Nomor 12345"));

        var reading = engine.Read(image.Pix, 300, PageSegmentation.SingleBlock, characterWhitelist: "0123456789");

        Assert.DoesNotContain("Nomor", reading.Text, StringComparison.Ordinal);
        Assert.Contains("12345", reading.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ThrowsOcrException_WhenLanguageIsMissing() =>
        Assert.Throws<OcrException>(() => new TesseractEngine(OcrTestEnvironment.TessdataPath, "xyz").Dispose());

    internal static PageImage Decode(FixtureImage image) =>
        PageImageDecoder.Decode(FixtureEncode.Png(image), 1, new PageSourceLimits(200_000_000, 300));
}
