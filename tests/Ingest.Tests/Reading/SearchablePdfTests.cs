using DocArchive.Fixtures;
using DocArchive.Ingest.Blobs;
using DocArchive.Ingest.Reading;
using DocArchive.Ingest.Reading.Worker.Pages;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;

namespace DocArchive.Ingest.Tests.Reading;

public sealed class SearchablePdfTests : IDisposable
{
    private readonly TemporaryDirectory data = new();

    [Fact]
    public async Task GetAsync_WritesEveryPageWithItsImageAndFindableText_WhenTheScanIsNew()
    {
        var options = OcrTestEnvironment.Options(workers: 2);
        options.DataDir = data.Path;
        using var pool = OcrTestEnvironment.Pool(options);
        var blobs = new BlobStore(Options.Create(options));
        var second = FixturePage.FromLines(["BERITA ACARA PEMERIKSAAN", "Perusahaan: PT Cahaya Makmur Minerals"]);
        var scan = FixtureDocument.ScannedPdf(FixtureRaster.Render([FixturePage.FromLines(OcrTestEnvironment.KnownLines), second]));
        using var upload = new MemoryStream(scan);
        var blob = await blobs.StoreAsync(upload, CancellationToken.None);
        var searchable = new SearchablePdf(pool, blobs, Options.Create(options));

        var path = await searchable.GetAsync(blob.Sha256, ContentTypes.Pdf, 2, CancellationToken.None);

        using var pdf = PdfDocument.Open(path);
        Assert.Equal(2, pdf.NumberOfPages);
        var first = pdf.GetPage(1);
        Assert.Single(first.GetImages());
        Assert.Contains("E12345678", first.Text, StringComparison.Ordinal);
        Assert.Contains("Cahaya", pdf.GetPage(2).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_ReturnsTheKeptFileWithoutOcr_WhenAskedAgain()
    {
        var options = OcrTestEnvironment.Options();
        options.DataDir = data.Path;
        using var pool = OcrTestEnvironment.Pool(options);
        var blobs = new BlobStore(Options.Create(options));
        using var upload = new MemoryStream(FixtureDocument.ScannedPdf(FixtureRaster.Render([FixturePage.FromLines(["PASPOR E12345678"])])));
        var blob = await blobs.StoreAsync(upload, CancellationToken.None);
        var searchable = new SearchablePdf(pool, blobs, Options.Create(options));
        var path = await searchable.GetAsync(blob.Sha256, ContentTypes.Pdf, 1, CancellationToken.None);
        var written = File.GetLastWriteTimeUtc(path);
        pool.Dispose();

        // The pool is gone: a second OCR would throw.
        Assert.Equal(path, await searchable.GetAsync(blob.Sha256, ContentTypes.Pdf, 1, CancellationToken.None));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
    }

    [Theory]
    [InlineData(FixtureActiveContent.OpenActionJavaScript)]
    [InlineData(FixtureActiveContent.Launch)]
    [InlineData(FixtureActiveContent.FileAttachment)]
    public async Task GetAsync_DrawsThePagesAnewWithoutTheOriginalsActiveContent_WhenTheScanCarriesSome(FixtureActiveContent carried)
    {
        var options = OcrTestEnvironment.Options();
        options.DataDir = data.Path;
        using var pool = OcrTestEnvironment.Pool(options);
        var blobs = new BlobStore(Options.Create(options));
        using var upload = new MemoryStream(FixtureActivePdf.Scanned(carried, FixtureRaster.RenderLines(200, "PASPOR E12345678", "ZHANG WEI")));
        var blob = await blobs.StoreAsync(upload, CancellationToken.None);
        var searchable = new SearchablePdf(pool, blobs, Options.Create(options));

        var path = await searchable.GetAsync(blob.Sha256, ContentTypes.Pdf, 1, CancellationToken.None);

        var bytes = System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(path));
        Assert.All(["/JS", "/JavaScript", "/Launch", "/EmbeddedFile", "/EF", "/FileAttachment", "/OpenAction", "/AA", "/Annots"],
            name => Assert.DoesNotContain(name, bytes, StringComparison.Ordinal));
        using var pdf = PdfDocument.Open(path);
        Assert.Equal(ActiveContent.None, PdfActiveContent.Find(pdf));
        Assert.Contains("E12345678", pdf.GetPage(1).Text, StringComparison.Ordinal);
    }

    public void Dispose() => data.Dispose();
}
