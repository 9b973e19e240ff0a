using DocArchive.Fixtures;
using DocArchive.Ingest.Blobs;
using DocArchive.Ingest.Reading;
using DocArchive.Ingest.Reading.Worker;
using DocArchive.Ingest.Reading.Worker.Interop;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DocArchive.Ingest.Tests.Reading;

public sealed class PageImagesTests : IDisposable
{
    private readonly TemporaryDirectory data = new();

    [Fact]
    public async Task GetAsync_WritesAScreenSizedJpegOnWhichTheWordBoxesFallOnInk_WhenThePageIsScanned()
    {
        var (pool, images, options) = Create();
        using (pool)
        {
            var blob = await StoreAsync(options, FixtureDocument.ScannedPdf(FixtureRaster.Render([FixturePage.FromLines(OcrTestEnvironment.KnownLines)])));
            var read = await pool.ReadPageAsync(new BlobStore(Options.Create(options)).PathOf(blob), ContentTypes.Pdf, 1, CancellationToken.None);

            var path = await images.GetAsync(blob, ContentTypes.Pdf, 1, read.Width, read.Height, CancellationToken.None);

            Assert.Equal(Path.Combine(options.DataDir, PageImages.Folder, blob, "1.jpg"), path);
            var bytes = await File.ReadAllBytesAsync(path);
            Assert.Equal([0xFF, 0xD8], bytes[..2]);
            var image = Decode(bytes);
            Assert.InRange(Math.Max(image.Width, image.Height), 800, PageImageEncoder.LongSide);
            Assert.Equal(read.Width / read.Height, (double)image.Width / image.Height, 2);
            var scale = image.Width / read.Width;
            var passport = Assert.Single(read.Words, w => w.Text == "E12345678").Box;
            Assert.True(
                Darkness(image, passport, scale) > 4 * Darkness(image, new BoundingBox(0, 0, read.Width, read.Height), scale),
                "the passport number's box is not on its ink");
        }
    }

    [Fact]
    public async Task GetAsync_SaysThePageSizeInPoints_WhenThePageHasATextLayer()
    {
        var (pool, images, options) = Create();
        using (pool)
        {
            var blob = await StoreAsync(options, FixtureDocument.TextPdf(FixturePage.FromLines(OcrTestEnvironment.KnownLines)));
            var read = await pool.ReadPageAsync(new BlobStore(Options.Create(options)).PathOf(blob), ContentTypes.Pdf, 1, CancellationToken.None);
            var rendered = await pool.RenderPageImageAsync(
                new BlobStore(Options.Create(options)).PathOf(blob), ContentTypes.Pdf, 1, Path.Combine(data.Path, "page"), CancellationToken.None);

            Assert.Equal(PageTextSource.TextLayer, read.Source);
            Assert.Equal((read.Width, read.Height), (rendered.Width, rendered.Height));
            var image = Decode(await File.ReadAllBytesAsync(Path.Combine(data.Path, "page.jpg")));
            Assert.Equal(read.Width / read.Height, (double)image.Width / image.Height, 2);
        }
    }

    [Fact]
    public async Task GetAsync_ReturnsTheKeptImageWithoutTheWorkers_WhenAskedAgain()
    {
        var (pool, images, options) = Create();
        var blob = await StoreAsync(options, FixtureDocument.TextPdf(FixturePage.FromLines("PASPOR E12345678")));
        var path = await images.GetAsync(blob, ContentTypes.Pdf, 1, 0, 0, CancellationToken.None);
        var written = File.GetLastWriteTimeUtc(path);
        pool.Dispose();

        // The pool is gone: rendering again would throw.
        Assert.Equal(path, await images.GetAsync(blob, ContentTypes.Pdf, 1, 0, 0, CancellationToken.None));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    public void Dispose() => data.Dispose();

    /// <summary>The JPEG as a gray fixture image, through DocArchive's own Leptonica binding.</summary>
    private static FixtureImage Decode(byte[] jpeg)
    {
        OcrTestEnvironment.UseNativeLibraries();
        using var pix = Leptonica.pixReadMem(jpeg, (nuint)jpeg.Length);
        Assert.False(pix.IsInvalid, "the page image does not decode");
        using var gray = Leptonica.pixConvertTo8(pix, 0);
        return FixtureImage.FromPgm(Leptonica.WriteMemory(gray, Leptonica.FormatPnm), 0)[0];
    }

    /// <summary>The mean darkness (0 white to 255 black) of the image inside a box given in page units.</summary>
    private static double Darkness(FixtureImage image, BoundingBox box, double scale)
    {
        var (left, top) = ((int)(box.Left * scale), (int)(box.Top * scale));
        var (right, bottom) = (Math.Min(image.Width, (int)Math.Ceiling(box.Right * scale)), Math.Min(image.Height, (int)Math.Ceiling(box.Bottom * scale)));
        var sum = 0L;
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                sum += 255 - image.Pixels[(y * image.Width) + x];
            }
        }

        return (double)sum / Math.Max(1, (right - left) * (bottom - top));
    }

    private (OcrWorkerPool Pool, PageImages Images, IngestOptions Options) Create()
    {
        var options = OcrTestEnvironment.Options();
        options.DataDir = data.Path;
        var pool = OcrTestEnvironment.Pool(options);
        return (pool, new PageImages(pool, new BlobStore(Options.Create(options)), Options.Create(options), NullLogger<PageImages>.Instance), options);
    }

    private static async Task<string> StoreAsync(IngestOptions options, byte[] file)
    {
        using var upload = new MemoryStream(file);
        return (await new BlobStore(Options.Create(options)).StoreAsync(upload, CancellationToken.None)).Sha256;
    }
}
