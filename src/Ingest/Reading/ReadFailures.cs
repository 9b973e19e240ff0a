namespace DocArchive.Ingest.Reading;

/// <summary>
/// Why a document or a page could not be read, as a stable code stored beside a short English reason (<see cref="Describe"/>,
/// what the API and the shell say): the interface says it in the user's language. The technical detail (a parser's or
/// the OCR engine's message) goes only to the log, with the document's id.
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

    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        [Empty] = "The file is empty.",
        [UnknownKind] = "The file is not a PDF, TIFF, PNG or JPEG.",
        [UnsupportedVariant] = "This variant of the file format is not supported.",
        [NoPages] = "The document has no pages.",
        [TooManyPages] = "The document has more pages than a document may have.",
        [Encrypted] = "The PDF is protected by a password.",
        [Corrupt] = "The file is damaged or truncated and cannot be opened.",
        [TooLarge] = "A page image has too many pixels.",
        [RenderFailed] = "A page of the PDF could not be turned into an image.",
        [OcrFailed] = "The OCR engine failed on the page.",
        [Timeout] = "Reading the page took longer than its time limit.",
        [WorkerLost] = "The OCR process stopped while reading the page.",
        [GaveUp] = "Reading failed repeatedly.",
        [Unreadable] = "The file cannot be read.",
    };

    /// <summary>The short English reason of <paramref name="code"/>; an unknown code reads as <see cref="Unreadable"/>.</summary>
    public static string Describe(string? code) =>
        code is not null && Reasons.TryGetValue(code, out var reason) ? reason : Reasons[Unreadable];

    /// <summary>The longest code, for the catalog column.</summary>
    public const int MaxLength = 32;
}
