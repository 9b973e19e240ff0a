using System.Diagnostics;
using DocArchive.Ingest.Reading.Protocol;
using DocArchive.Ingest.Reading.Worker.Interop;
using DocArchive.Ingest.Reading.Worker.Pages;

namespace DocArchive.Ingest.Reading.Worker;

/// <summary>Answers one worker request at a time, keeping the last opened document for the pages that follow.</summary>
internal sealed class WorkerRequestHandler(PageRecognizer recognizer, PageSourceLimits limits) : IDisposable
{
    private IPageSource? source;
    private (string Path, string ContentType, DateTime Written)? sourceKey;
    private BandPage? bandPage;
    private ((string Path, string ContentType, DateTime Written) Source, int Page)? bandPageKey;

    public WorkerResponse Handle(WorkerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var started = Stopwatch.GetTimestamp();
            var pages = Open(request.Path, request.ContentType);
            return request.Kind switch
            {
                WorkerRequestKind.CountPages => new WorkerResponse(PageCount: pages.PageCount),
                WorkerRequestKind.ActiveContent => new WorkerResponse(ActiveContent: pages.FindActiveContent()),
                WorkerRequestKind.ReadPage => ReadPage(pages, request.PageNumber, started),
                WorkerRequestKind.SearchablePage => RenderSearchable(pages, request, started),
                WorkerRequestKind.PageImage => RenderImage(pages, request, started),
                _ => ReadRegion(pages, request, started),
            };
        }
        catch (UnsupportedDocumentException e)
        {
            return new WorkerResponse(ErrorKind: WorkerErrorKind.Unsupported, Error: e.Message, ErrorCode: e.Code);
        }
        catch (OcrException e)
        {
            return new WorkerResponse(ErrorKind: WorkerErrorKind.Failed, Error: e.Message, ErrorCode: ReadFailures.OcrFailed);
        }
    }

    public void Dispose()
    {
        bandPage?.Dispose();
        source?.Dispose();
    }

    /// <summary>
    /// The page of the open document last read or whose bands are being read, kept decoded (and turned upright) for its
    /// next band; <paramref name="fresh"/> decodes it again (a page read anew).
    /// </summary>
    private BandPage BandPageOf(IPageSource pages, int pageNumber, bool fresh = false)
    {
        var key = (sourceKey!.Value, pageNumber);
        if (!fresh && bandPage is not null && bandPageKey == key)
        {
            return bandPage;
        }

        bandPage?.Dispose();
        bandPage = null;
        bandPage = new BandPage(pages.ReadImage(pageNumber));
        bandPageKey = key;
        return bandPage;
    }

    private WorkerResponse ReadPage(IPageSource pages, int pageNumber, long started)
    {
        CheckPage(pages, pageNumber);
        if ((pages.TryReadBlank(pageNumber) ?? pages.TryReadText(pageNumber)) is { } text)
        {
            return new WorkerResponse(Page: text, DecodeMilliseconds: Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var image = BandPageOf(pages, pageNumber, fresh: true);
        var decoded = Stopwatch.GetTimestamp();
        var page = PageInk.IsBlank(image.Image)
            ? PageText.Blank(pageNumber, image.Image.Width, image.Image.Height)
            : recognizer.Recognize(image, pageNumber);
        return new WorkerResponse(
            Page: page,
            DecodeMilliseconds: Stopwatch.GetElapsedTime(started, decoded).TotalMilliseconds,
            OcrMilliseconds: Stopwatch.GetElapsedTime(decoded).TotalMilliseconds);
    }

    private WorkerResponse ReadRegion(IPageSource pages, WorkerRequest request, long started)
    {
        CheckPage(pages, request.PageNumber);
        var region = request.Region ?? throw new ArgumentException("A region read needs a region.", nameof(request));
        if (pages.TryReadText(request.PageNumber) is { } text)
        {
            var inside = text.Words.Where(w => Contains(region, w.Box)).ToList();
            return new WorkerResponse(Page: text with { Text = string.Join('\n', inside.GroupBy(w => w.Line).Select(l => string.Join(' ', l.Select(w => w.Text)))), Words = inside });
        }

        var image = BandPageOf(pages, request.PageNumber);
        var decoded = Stopwatch.GetTimestamp();
        var page = recognizer.RecognizeRegion(image, request.PageNumber, region, request.CharacterWhitelist ?? string.Empty, request.Scale ?? RegionScale.Natural);
        return new WorkerResponse(
            Page: page,
            DecodeMilliseconds: Stopwatch.GetElapsedTime(started, decoded).TotalMilliseconds,
            OcrMilliseconds: Stopwatch.GetElapsedTime(decoded).TotalMilliseconds);
    }

    /// <summary>Every page, text layer or not, is OCRed from its image: the PDF shows the page as scanned or rendered.</summary>
    private WorkerResponse RenderSearchable(IPageSource pages, WorkerRequest request, long started)
    {
        CheckPage(pages, request.PageNumber);
        var output = request.OutputBase ?? throw new ArgumentException("A searchable page needs an output path.", nameof(request));
        using var image = pages.ReadImage(request.PageNumber);
        var decoded = Stopwatch.GetTimestamp();
        recognizer.RenderSearchable(image, output);
        return new WorkerResponse(
            DecodeMilliseconds: Stopwatch.GetElapsedTime(started, decoded).TotalMilliseconds,
            OcrMilliseconds: Stopwatch.GetElapsedTime(decoded).TotalMilliseconds);
    }

    /// <summary>
    /// The page as its words' boxes were measured: a text layer's page as rendered (boxes in points), a scan turned upright
    /// and deskewed as the OCR read it (boxes in its pixels), written as a screen-sized JPEG.
    /// </summary>
    private WorkerResponse RenderImage(IPageSource pages, WorkerRequest request, long started)
    {
        CheckPage(pages, request.PageNumber);
        var output = request.OutputBase ?? throw new ArgumentException("A page image needs an output path.", nameof(request));
        var text = pages.TryReadText(request.PageNumber);
        using var image = pages.ReadImage(request.PageNumber);
        var decoded = Stopwatch.GetTimestamp();
        using var page = text is null ? recognizer.Upright(image) : Leptonica.pixClone(image.Pix);
        PageImageEncoder.WriteJpeg(page, output + ".jpg");
        return new WorkerResponse(
            DecodeMilliseconds: Stopwatch.GetElapsedTime(started, decoded).TotalMilliseconds,
            OcrMilliseconds: Stopwatch.GetElapsedTime(decoded).TotalMilliseconds,
            PageWidth: text?.Width ?? Leptonica.pixGetWidth(page),
            PageHeight: text?.Height ?? Leptonica.pixGetHeight(page));
    }

    private static bool Contains(BoundingBox region, BoundingBox word)
    {
        var middleX = word.Left + (word.Width / 2);
        var middleY = word.Top + (word.Height / 2);
        return middleX >= region.Left && middleX <= region.Right && middleY >= region.Top && middleY <= region.Bottom;
    }

    private static void CheckPage(IPageSource pages, int pageNumber)
    {
        if (pageNumber < 1 || pageNumber > pages.PageCount)
        {
            throw new UnsupportedDocumentException(ReadFailures.NoPages, $"The document has {pages.PageCount} pages; page {pageNumber} does not exist.");
        }
    }

    private IPageSource Open(string path, string contentType)
    {
        var key = (path, contentType, File.GetLastWriteTimeUtc(path));
        if (source is not null && sourceKey == key)
        {
            return source;
        }

        source?.Dispose();
        source = null;
        source = PageSources.Open(path, contentType, limits);
        sourceKey = key;
        return source;
    }
}
