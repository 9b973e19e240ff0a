namespace DocArchive.Ingest.Pages;

/// <summary>
/// Why a document or a page could not be read, as a stable code stored beside the failure's technical detail: the
/// interface says it in the user's language, the detail stays for whoever looks into it.
/// </summary>
public static class ReadFailures
{
    /// <summary>The file has no bytes.</summary>
    public const string Empty = "empty";

    /// <summary>The first bytes are none of PDF, TIFF, PNG or JPEG.</summary>
    public const string UnknownKind = "unknown-kind";

    /// <summary>A kind DocArchive reads, in a variant it does not (BigTIFF, a PDF whose bytes contradict its kind).</summary>
    public const string UnsupportedVariant = "unsupported-variant";

    public const string NoPages = "no-pages";

    /// <summary>The PDF needs a password.</summary>
    public const string Encrypted = "encrypted";

    /// <summary>Damaged or truncated: the file or a page's image cannot be opened or decoded.</summary>
    public const string Corrupt = "corrupt";

    /// <summary>The document has more pages than a document may have (<see cref="IngestOptions.MaxPages"/>).</summary>
    public const string TooManyPages = "too-many-pages";

    /// <summary>A page image has more pixels than a page may have.</summary>
    public const string TooLarge = "too-large";

    /// <summary>A PDF page could not be rendered as an image.</summary>
    public const string RenderFailed = "render-failed";

    /// <summary>The OCR engine failed on the page.</summary>
    public const string OcrFailed = "ocr-failed";

    /// <summary>The OCR worker did not answer within the page time limit.</summary>
    public const string Timeout = "timeout";

    /// <summary>The OCR worker died on the page.</summary>
    public const string WorkerLost = "worker-lost";

    /// <summary>Reading failed transiently as many times as it may.</summary>
    public const string GaveUp = "gave-up";

    /// <summary>Any other reason the file could not be read.</summary>
    public const string Unreadable = "unreadable";

    public static readonly IReadOnlyList<string> All =
        [Empty, UnknownKind, UnsupportedVariant, NoPages, TooManyPages, Encrypted, Corrupt, TooLarge, RenderFailed, OcrFailed, Timeout, WorkerLost, GaveUp, Unreadable];

    /// <summary>The longest code, for the catalog column.</summary>
    public const int MaxLength = 32;
}
