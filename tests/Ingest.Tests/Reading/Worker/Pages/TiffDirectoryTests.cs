using DocArchive.Fixtures;
using DocArchive.Ingest.Reading;
using DocArchive.Ingest.Reading.Worker.Pages;

namespace DocArchive.Ingest.Tests.Reading.Worker.Pages;

public sealed class TiffDirectoryTests
{
    [Fact]
    public void ReadPages_ReturnsEverySize_WhenTiffHasSeveralPages()
    {
        var tiff = FixtureEncode.Tiff([FixtureImage.Blank(30, 20, 100), FixtureImage.Blank(40, 50, 100)]);

        var pages = TiffDirectory.ReadPages(tiff);

        Assert.Equal([new TiffDirectory.Page(30, 20), new TiffDirectory.Page(40, 50)], pages);
    }

    [Fact]
    public void ReadPages_ThrowsWithReason_WhenTheChainOfPagesLoops()
    {
        // Header, then one directory with no entries whose "next directory" points back at itself.
        byte[] tiff = [(byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 0, 0, 8, 0, 0, 0];

        var error = Assert.Throws<UnsupportedDocumentException>(() => TiffDirectory.ReadPages(tiff));

        Assert.Contains("loops", error.Message, StringComparison.Ordinal);
    }
}
