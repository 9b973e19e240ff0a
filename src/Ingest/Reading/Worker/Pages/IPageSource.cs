namespace DocArchive.Ingest.Reading.Worker.Pages;

/// <summary>One opened document, page by page. Runs inside the OCR worker: hostile files may crash or hang it.</summary>
internal interface IPageSource : IDisposable
{
    int PageCount { get; }

    /// <summary>What the file carries that a viewer may run or open; only a PDF can carry any.</summary>
    ActiveContent FindActiveContent();

    /// <summary>The page as blank when it is known to draw nothing without looking at its image; null otherwise.</summary>
    PageText? TryReadBlank(int pageNumber);

    /// <summary>The page's text layer when it really has one; null when the page is to be OCRed.</summary>
    PageText? TryReadText(int pageNumber);

    /// <summary>The page's image, taken out of the file or rendered.</summary>
    PageImage ReadImage(int pageNumber);
}
