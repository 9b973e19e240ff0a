using DocArchive.Ingest.Reading.Worker.Interop;

namespace DocArchive.Ingest.Reading.Worker.Pages;

/// <summary>A TIFF file, one page per image directory; sizes come from the directories before anything is decoded.</summary>
internal sealed class TiffPageSource(byte[] data, PageSourceLimits limits) : IPageSource
{
    private readonly IReadOnlyList<TiffDirectory.Page> pages = TiffDirectory.ReadPages(data);

    public int PageCount => pages.Count;

    public ActiveContent FindActiveContent() => ActiveContent.None;

    public PageText? TryReadBlank(int pageNumber) => null;

    public PageText? TryReadText(int pageNumber) => null;

    public PageImage ReadImage(int pageNumber)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageNumber, pages.Count);
        var page = pages[pageNumber - 1];
        limits.CheckPixels(pageNumber, page.Width, page.Height);
        return PageImageDecoder.Wrap(Leptonica.pixReadMemTiff(data, (nuint)data.Length, pageNumber - 1), pageNumber);
    }

    public void Dispose()
    {
    }
}
