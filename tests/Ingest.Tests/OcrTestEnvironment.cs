using DocArchive.Ingest.Reading;
using DocArchive.Ingest.Reading.Worker.Interop;
using DocArchive.ReadingWorker;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocArchive.Ingest.Tests;

/// <summary>What OCR tests share: the tessdata directory, options pointing the pool at the reading worker program (or its faulty launcher), known text.</summary>
internal static class OcrTestEnvironment
{
    public static readonly string[] KnownLines =
    [
        "KEPUTUSAN MENTERI KETENAGAKERJAAN",
        "Nama Lengkap: ZHANG WEI",
        "Kewarganegaraan: Republik Rakyat Tiongkok",
        "Nomor Paspor: E12345678",
        "Perusahaan: PT Sinar Batu Mining",
        "Jabatan: Mining Engineer",
        "Masa Berlaku: 12 Januari 2025 s.d. 11 Januari 2026",
    ];

    public static string KnownText => string.Join('\n', KnownLines);

    public static string TessdataPath { get; } = FindTessdata();

    public static IngestOptions Options(int workers = 1, TimeSpan? pageTimeout = null, WorkerFault? fault = null) => new()
    {
        TessdataPath = TessdataPath,
        Languages = "ind+eng",
        OcrWorkers = workers,
        PageTimeout = pageTimeout ?? TimeSpan.FromSeconds(60),
        OcrWorkerPath = fault?.WriteLauncher() ?? Path.Combine(AppContext.BaseDirectory, "DocArchive.ReadingWorker.dll"),
    };

    public static OcrWorkerPool Pool(IngestOptions options) => new(Microsoft.Extensions.Options.Options.Create(options), NullLogger<OcrWorkerPool>.Instance);

    /// <summary>Loads the native libraries in the test process itself (resolved by the same rules as the workers).</summary>
    public static void UseNativeLibraries() => NativeLibraries.Configure(null, null);

    private static string FindTessdata()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tessdata");
            if (File.Exists(Path.Combine(directory.FullName, "DocArchive.sln")) && File.Exists(Path.Combine(candidate, "ind.traineddata")))
            {
                return candidate;
            }
        }

        return "/usr/share/tesseract-ocr/5/tessdata";
    }
}
