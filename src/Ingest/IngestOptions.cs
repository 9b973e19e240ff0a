using DocArchive.Search;

namespace DocArchive.Ingest;

/// <summary>How documents are read: where the data and the models live, the OCR pool and its limits.</summary>
public sealed class IngestOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "DocArchive:Ingest";

    /// <summary>
    /// The one data directory (blobs, index, SQLite catalog); bound from <c>DocArchive:DataDir</c>; <c>data/</c> beside the
    /// program unless set.
    /// </summary>
    public string DataDir { get; set; } = ApplicationPaths.DefaultDataDir;

    /// <summary>
    /// A PostgreSQL connection string, bound from <c>DocArchive:PostgreSql</c>: when set, the catalog and the job storage
    /// live in PostgreSQL (several machines share them); unset, the embedded SQLite catalog and in-memory jobs are used.
    /// </summary>
    public string? PostgreSql { get; set; }

    /// <summary>
    /// How long a claim on a document lasts without being renewed: a reader killed mid-document gives it up after this,
    /// and the document is read again by another. The holder renews it every third of this time.
    /// </summary>
    public TimeSpan JobLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The directory holding the traineddata files themselves; <c>tessdata/</c> beside the program unless set.</summary>
    public string TessdataPath { get; set; } = ApplicationPaths.DefaultTessdata;

    /// <summary>Tesseract languages, joined by '+'.</summary>
    public string Languages { get; set; } = "ind+eng";

    /// <summary>OCR worker processes, one engine each.</summary>
    public int OcrWorkers { get; set; } = Environment.ProcessorCount;

    /// <summary>How long one page may take before its worker is killed.</summary>
    public TimeSpan PageTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>The most pages a document may have: a longer one fails at once, before any page is read.</summary>
    public int MaxPages { get; set; } = 2000;

    /// <summary>The largest page image, in pixels, that is decoded at all (decompression bombs are refused).</summary>
    public long MaxPagePixels { get; set; } = 200_000_000;

    /// <summary>The resolution pages are rendered at when their image cannot be taken out of the PDF.</summary>
    public int RenderDpi { get; set; } = 300;

    /// <summary>An explicit path to libtesseract, tried before <c>libtesseract.so.5</c>.</summary>
    public string? TesseractLibrary { get; set; }

    /// <summary>An explicit path to Leptonica, tried before <c>liblept.so.5</c>.</summary>
    public string? LeptonicaLibrary { get; set; }

    /// <summary>
    /// The program OCR workers run: the <c>docarchive</c> executable or <c>docarchive.dll</c> (started with <c>dotnet</c>).
    /// Unset, the running executable starts itself.
    /// </summary>
    public string? OcrWorkerPath { get; set; }

    public string BlobsPath => Path.Combine(DataDir, "blobs");
}
