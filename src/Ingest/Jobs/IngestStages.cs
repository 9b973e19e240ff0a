namespace DocArchive.Ingest.Jobs;

/// <summary>
/// The stages of a document's way from upload to searchable, as timed in the logs (<c>bench ingest</c> adds them up):
/// decode and OCR per page in the OCR pool, the others per document in the jobs.
/// </summary>
public static class IngestStages
{
    public const string Decode = "decode";

    public const string Ocr = "ocr";

    public const string Extraction = "extraction";

    public const string Catalog = "catalog";

    public const string Index = "index";

    public static readonly IReadOnlyList<string> All = [Decode, Ocr, Extraction, Catalog, Index];
}
