using DocArchive.Fixtures;
using DocArchive.Ingest.Reading;
using DocArchive.ReadingWorker;
using Xunit.Abstractions;

namespace DocArchive.Ingest.Tests.Reading;

public sealed class OcrWorkerPoolTests : IDisposable
{
    private static readonly FixturePage Known = FixturePage.FromLines(OcrTestEnvironment.KnownLines);
    private readonly TemporaryDirectory files = new();
    private readonly ITestOutputHelper output;

    public OcrWorkerPoolTests(ITestOutputHelper output) => this.output = output;

    [Theory]
    [InlineData(FixtureScanEncoding.Jpeg)]
    [InlineData(FixtureScanEncoding.Flate)]
    [InlineData(FixtureScanEncoding.CcittG4)]
    public async Task ReadPageAsync_ReadsTheKnownText_WhenPdfIsScanned(FixtureScanEncoding encoding)
    {
        using var pool = OcrTestEnvironment.Pool(OcrTestEnvironment.Options());
        var path = files.Write("scan.pdf", FixtureDocument.ScannedPdf(FixtureRaster.Render([Known]), encoding));

        var page = await pool.ReadPageAsync(path, ContentTypes.Pdf, 1, CancellationToken.None);

        AssertKnownText(page, 0.02);
        Assert.Equal(PageTextSource.Ocr, page.Source);
        Assert.InRange(page.Confidence, 0.8, 1);
        var passport = Assert.Single(page.Words, w => w.Text == "E12345678");
        Assert.Equal(4, passport.Line);
    }

    [Fact]
    public async Task FindActiveContentAsync_AnswersWhatThePdfCarries_FromTheWorker()
    {
        using var pool = OcrTestEnvironment.Pool(OcrTestEnvironment.Options());
        var launch = files.Write("launch.pdf", FixtureActivePdf.Text(FixtureActiveContent.Launch, OcrTestEnvironment.KnownLines));
        var plain = files.Write("plain.pdf", FixtureDocument.TextPdf(Known));

        Assert.Equal(ActiveContent.Launch, await pool.FindActiveContentAsync(launch, ContentTypes.Pdf, CancellationToken.None));
        Assert.Equal(ActiveContent.None, await pool.FindActiveContentAsync(plain, ContentTypes.Pdf, CancellationToken.None));
    }

    [Fact]
    public async Task ReadPageAsync_UsesTheTextLayerAndOcrPageByPage_WhenPdfIsMixed()
    {
        using var pool = OcrTestEnvironment.Pool(OcrTestEnvironment.Options());
        var path = files.Write("mixed.pdf", FixtureDocument.MixedPdf([Known, Known], new HashSet<int> { 2 }));

        Assert.Equal(2, await pool.CountPagesAsync(path, ContentTypes.Pdf, CancellationToken.None));
        var first = await pool.ReadPageAsync(path, ContentTypes.Pdf, 1, CancellationToken.None);
        var second = await pool.ReadPageAsync(path, ContentTypes.Pdf, 2, CancellationToken.None);

        Assert.Equal((PageTextSource.TextLayer, OcrTestEnvironment.KnownText), (first.Source, first.Text));
        Assert.Equal(PageTextSource.Ocr, second.Source);
        AssertKnownText(second, 0.02);
    }

    [Fact]
    public async Task ReadPageAsync_ReadsBlankPagesAsBlankAndTheOthersAsText_WhenPdfMixesBlankPagesAndScans()
    {
        using var pool = OcrTestEnvironment.Pool(OcrTestEnvironment.Options());
        var oneLine = FixtureRaster.Render([FixturePage.FromLines("Lampiran 2")])[0];
        var noisy = FixtureDegrade.Noise(FixtureImage.Blank(oneLine.Width, oneLine.Height, 300), new Random(5), specks: 2000);
        using var pdf = new FixturePdfBuilder()
            .AddEmptyPage()
            .AddScannedPage(noisy, FixtureScanEncoding.Jpeg, 75)
            .AddScannedPage(FixtureDegrade.Noise(oneLine, new Random(6), specks: 2000), FixtureScanEncoding.Jpeg, 75);
        var path = files.Write("blanks.pdf", pdf.Build());

        Assert.Equal(3, await pool.CountPagesAsync(path, ContentTypes.Pdf, CancellationToken.None));
        var empty = await pool.ReadWithTimingsAsync(path, ContentTypes.Pdf, 1, CancellationToken.None);
        var specks = await pool.ReadWithTimingsAsync(path, ContentTypes.Pdf, 2, CancellationToken.None);
        var line = await pool.ReadPageAsync(path, ContentTypes.Pdf, 3, CancellationToken.None);

        Assert.Equal((PageTextSource.Blank, "", 0), (empty.Page!.Source, empty.Page.Text, empty.Page.Words.Count));
        Assert.Equal(FixturePage.A4Width, empty.Page.Width, 1);
        Assert.Equal((PageTextSource.Blank, ""), (specks.Page!.Source, specks.Page.Text));
        Assert.InRange(specks.OcrMilliseconds, 0, 500);
        Assert.Equal(PageTextSource.Ocr, line.Source);
        Assert.Contains("Lampiran", line.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadPageAsync_OcrsTheScan_WhenTheOnlyTextIsAStamp()
    {
        using var pool = OcrTestEnvironment.Pool(OcrTestEnvironment.Options());
        var path = files.Write("stamp.pdf", FixtureDocument.StampOnlyPdf(Known, "DITERIMA"));

        var page = await pool.ReadPageAsync(path, ContentTypes.Pdf, 1, CancellationToken.None);

        Assert.Equal(PageTextSource.Ocr, page.Source);
        Assert.Contains("ZHANG WEI", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadPageAsync_RendersThePage_WhenPdfIsVectorOnly()
    {
        using var pool = OcrTestEnvironment.Pool(OcrTestEnvironment.Options());
        var path = files.Write("vector.pdf", FixtureDocument.VectorOnlyPdf(Known));

        var page = await pool.ReadPageAsync(path, ContentTypes.Pdf, 1, CancellationToken.None);

        AssertKnownText(page, 0.05);
    }

    [Fact]
    public async Task ReadPageAsync_ReadsEachPage_WhenTiffHasSeveral()
    {
        using var pool = OcrTestEnvironment.Pool(OcrTestEnvironment.Options());
        var other = FixturePage.FromLines("Laporan Hasil Pemantauan Orang Asing");
        var path = files.Write("pages.tif", FixtureEncode.Tiff(FixtureRaster.Render([Known, other]), bilevel: true));

        Assert.Equal(2, await pool.CountPagesAsync(path, ContentTypes.Tiff, CancellationToken.None));
        var second = await pool.ReadPageAsync(path, ContentTypes.Tiff, 2, CancellationToken.None);

        Assert.Equal("Laporan Hasil Pemantauan Orang Asing", second.Text);
    }

    [Theory]
    [InlineData(ContentTypes.Png)]
    [InlineData(ContentTypes.Jpeg)]
    public async Task ReadPageAsync_ReadsTheKnownText_WhenFileIsAnImage(string contentType)
    {
        using var pool = OcrTestEnvironment.Pool(OcrTestEnvironment.Options());
        var render = FixtureRaster.Render([Known])[0];
        var path = files.Write("page", contentType == ContentTypes.Png ? FixtureEncode.Png(render) : FixtureEncode.Jpeg(render));

        var page = await pool.ReadPageAsync(path, contentType, 1, CancellationToken.None);

        AssertKnownText(page, 0.02);
        Assert.Equal((render.Width, render.Height), ((int)page.Width, (int)page.Height));
    }

    [Fact]
    public async Task ReadRegionAsync_ReadsOnlyTheBandWithTheWhitelist_WhenGivenAnMrzBand()
    {
        using var pool = OcrTestEnvironment.Pool(OcrTestEnvironment.Options());
        const string mrz = "P<IDNZHANG<<WEI<<<<<<<<<<<<<<<<<<<<<<<<<<<<";
        var page = new FixturePage([new FixtureText("Nama / Name: ZHANG WEI", 56, 100, 12, FixtureFonts.DejaVuSans), new FixtureText(mrz, 30, 300, 10, FixtureFonts.DejaVuSans)]);
        var path = files.Write("passport.png", FixtureEncode.Png(FixtureRaster.Render([page])[0]));
        // The MRZ baseline is 300 points down: 1250 pixels at 300 dpi; the band holds it and nothing else.
        var band = new BoundingBox(0, 1180, FixturePage.A4Width * 300 / 72, 100);

        var region = await pool.ReadRegionAsync(path, ContentTypes.Png, 1, band, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<", RegionScale.Natural, CancellationToken.None);

        Assert.Equal(mrz, region.Text.Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain("Nama", region.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadPageAsync_ThrowsWithReason_WhenImageIsAbovePixelLimit()
    {
        var options = OcrTestEnvironment.Options();
        options.MaxPagePixels = 1_000_000;
        using var pool = OcrTestEnvironment.Pool(options);
        var path = files.Write("huge.pdf", FixtureDocument.ScannedPdf([FixtureImage.Blank(2000, 1000, 200)], FixtureScanEncoding.CcittG4));

        var error = await Assert.ThrowsAsync<UnsupportedDocumentException>(() => pool.ReadPageAsync(path, ContentTypes.Pdf, 1, CancellationToken.None));

        Assert.Contains("above the limit", error.Message, StringComparison.Ordinal);
        Assert.Equal(ReadFailures.TooLarge, error.Code);
    }

    [Fact]
    public async Task CountPagesAsync_ThrowsWithReason_WhenFileIsUnreadable()
    {
        using var pool = OcrTestEnvironment.Pool(OcrTestEnvironment.Options());
        var empty = files.Write("empty.pdf", FixtureDocument.ZeroByte());
        var encrypted = files.Write("secret.pdf", FixtureDocument.Encrypted(FixtureDocument.TextPdf(Known)));

        var emptyError = await Assert.ThrowsAsync<UnsupportedDocumentException>(() => pool.CountPagesAsync(empty, ContentTypes.Pdf, CancellationToken.None));
        var encryptedError = await Assert.ThrowsAsync<UnsupportedDocumentException>(() => pool.CountPagesAsync(encrypted, ContentTypes.Pdf, CancellationToken.None));

        Assert.Contains("empty", emptyError.Message, StringComparison.Ordinal);
        Assert.Contains("encrypted", encryptedError.Message, StringComparison.Ordinal);
        Assert.Equal((ReadFailures.Empty, ReadFailures.Encrypted), (emptyError.Code, encryptedError.Code));
    }

    [Fact]
    public async Task ReadPageAsync_RetriesOnANewWorker_WhenTheWorkerCrashes()
    {
        var crash = new WorkerFault(WorkerFaultKind.Crash, "crash-once", 1, files.Path);
        using var pool = OcrTestEnvironment.Pool(OcrTestEnvironment.Options(fault: crash));
        var path = files.Write("crash-once.png", FixtureEncode.Png(FixtureRaster.RenderLines(300, "Nomor Paspor: E12345678")));

        var page = await pool.ReadPageAsync(path, ContentTypes.Png, 1, CancellationToken.None);

        Assert.Equal("Nomor Paspor: E12345678", page.Text);
        Assert.Equal(1, crash.Strikes);
    }

    [Fact]
    public async Task ReadPageAsync_FailsThePageAfterTheTimeout_WhenTheWorkerHangsWhileOtherDocumentsFinish()
    {
        var timeout = TimeSpan.FromSeconds(4);
        using var pool = OcrTestEnvironment.Pool(OcrTestEnvironment.Options(2, timeout, new WorkerFault(WorkerFaultKind.Hang, "hangs", 0, files.Path)));
        var hanging = files.Write("hangs.png", FixtureEncode.Png(FixtureRaster.RenderLines(300, "tidak pernah")));
        var healthy = files.Write("healthy.png", FixtureEncode.Png(FixtureRaster.RenderLines(300, "Nomor Paspor: E12345678")));
        var started = DateTime.UtcNow;

        var failing = Assert.ThrowsAsync<PageReadException>(() => pool.ReadPageAsync(hanging, ContentTypes.Png, 1, CancellationToken.None));
        var other = await pool.ReadPageAsync(healthy, ContentTypes.Png, 1, CancellationToken.None);
        var error = await failing;

        Assert.Equal("Nomor Paspor: E12345678", other.Text);
        Assert.Contains("did not answer within 4 s", error.Message, StringComparison.Ordinal);
        Assert.Equal(ReadFailures.Timeout, error.Code);
        Assert.InRange(DateTime.UtcNow - started, 2 * timeout, 4 * timeout);
    }

    [Fact]
    public async Task ReadPageAsync_KillsTheWorkerAndStaysUsable_WhenCancelled()
    {
        using var pool = OcrTestEnvironment.Pool(OcrTestEnvironment.Options(fault: new WorkerFault(WorkerFaultKind.Hang, "hangs", 0, files.Path)));
        var hanging = files.Write("hangs.png", FixtureEncode.Png(FixtureRaster.RenderLines(300, "tidak pernah")));
        var healthy = files.Write("healthy.png", FixtureEncode.Png(FixtureRaster.RenderLines(300, "Nomor Paspor: E12345678")));
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(2));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pool.ReadPageAsync(hanging, ContentTypes.Png, 1, cancel.Token));
        var page = await pool.ReadPageAsync(healthy, ContentTypes.Png, 1, CancellationToken.None);

        Assert.Equal("Nomor Paspor: E12345678", page.Text);
    }

    [Fact]
    public async Task CountPagesAsync_StartsTheWorkerWithOneOpenMpThreadAndOneMallocArena_WhenNoWorkerIsRunning()
    {
        using var pool = OcrTestEnvironment.Pool(OcrTestEnvironment.Options());
        var path = files.Write("one.png", FixtureEncode.Png(FixtureRaster.RenderLines(300, "Nomor Paspor: E12345678")));

        await pool.CountPagesAsync(path, ContentTypes.Png, CancellationToken.None);

        // The native environment a worker started with, as the kernel keeps it (not .NET's copy of it).
        var environments = ChildWorkerEnvironments();
        Assert.NotEmpty(environments);
        Assert.All(environments, e => Assert.Subset(e, new HashSet<string> { "OMP_THREAD_LIMIT=1", "MALLOC_ARENA_MAX=1" }));
    }

    public void Dispose() => files.Dispose();

    /// <summary>The environment of every <c>ocr-worker</c> process this test process has started and that still runs.</summary>
    private static List<HashSet<string>> ChildWorkerEnvironments()
    {
        var environments = new List<HashSet<string>>();
        foreach (var directory in Directory.GetDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out _)))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var parent = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
                if (parent == Environment.ProcessId && File.ReadAllText(Path.Combine(directory, "cmdline")).Contains("ocr-worker", StringComparison.Ordinal))
                {
                    environments.Add([.. File.ReadAllText(Path.Combine(directory, "environ")).Split('\0')]);
                }
            }
            catch (IOException)
            {
                // The process ended while it was being read.
            }
        }

        return environments;
    }

    private void AssertKnownText(PageText page, double maximumErrorRate)
    {
        var rate = CharacterErrorRate.Of(OcrTestEnvironment.KnownText, page.Text);
        output.WriteLine($"CER {rate:P2}: {page.Text}");
        Assert.True(rate < maximumErrorRate, $"Character error rate {rate:P2} on: {page.Text}");
    }
}
