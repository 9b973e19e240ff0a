namespace DocArchive.Ingest.Reading;

/// <summary>Where a page's text came from.</summary>
public enum PageTextSource
{
    /// <summary>The PDF's own text layer, no OCR.</summary>
    TextLayer,

    /// <summary>Tesseract, reading the page image.</summary>
    Ocr,

    /// <summary>Nothing is written on the page (at most specks and scanner noise): it has no text and was not OCRed.</summary>
    Blank,
}
