namespace DocArchive.Ingest.Reading.Worker.Pages;

/// <summary>A PNG or JPEG file: one page, its image.</summary>
internal sealed class SingleImagePageSource(byte[] data, PageSourceLimits limits) : IPageSource
{
    public int PageCount => 1;

    public ActiveContent FindActiveContent() => ActiveContent.None;

    public PageText? TryReadBlank(int pageNumber) => null;

    public PageText? TryReadText(int pageNumber) => null;

    public PageImage ReadImage(int pageNumber)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(pageNumber, 1);
        return PageImageDecoder.Decode(data, pageNumber, limits);
    }

    public void Dispose()
    {
    }
}
