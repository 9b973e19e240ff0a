using DocArchive.Fixtures;
using DocArchive.Ingest.Reading;
using DocArchive.Ingest.Reading.Worker;

namespace DocArchive.Ingest.Tests.Reading.Worker;

public sealed class PageTiffsTests : IDisposable
{
    private readonly TemporaryDirectory files = new();

    [Fact]
    public void Write_WritesEveryPageAsANumberedTiff_WhenTheFileIsAScannedPdf()
    {
        var image = FixtureRaster.RenderLines(300, "Nomor Paspor: E12345678");
        var pdf = files.Write("scan.pdf", FixtureDocument.ScannedPdf([image, image], FixtureScanEncoding.CcittG4));
        var pages = Directory.CreateDirectory(Path.Combine(files.Path, "pages")).FullName;

        var written = PageTiffs.Write(pdf, OcrTestEnvironment.Options(), pages, 5).ToList();

        Assert.Equal(["page-0005.tif", "page-0006.tif"], written.Select(p => Path.GetFileName(p.Path)));
        Assert.All(written, page =>
        {
            Assert.Equal((long)image.Width * image.Height, page.Pixels);
            Assert.Equal("II*\0"u8.ToArray(), File.ReadAllBytes(page.Path)[..4]);
        });
    }

    [Fact]
    public void Write_RefusesTheFile_WhenItIsNoDocument()
    {
        var notes = files.Write("notes.txt", "tidak ada gambar"u8.ToArray());

        var error = Assert.Throws<UnsupportedDocumentException>(() => PageTiffs.Write(notes, OcrTestEnvironment.Options(), files.Path, 1).ToList());

        Assert.Equal("not a PDF, TIFF, PNG or JPEG", error.Message);
    }

    public void Dispose() => files.Dispose();
}
