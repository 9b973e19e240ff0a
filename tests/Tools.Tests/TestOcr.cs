using DocArchive.Fixtures;
using DocArchive.Ingest;
using DocArchive.Ingest.Reading;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocArchive.Tools.Tests;

/// <summary>The OCR the benches and the evaluation read through: real workers of the reading worker program, the repository's traineddata.</summary>
internal static class TestOcr
{
    public static IngestOptions Options(int workers = 1) => new()
    {
        TessdataPath = Path.Combine(FixtureRepository.Root, "tessdata"),
        OcrWorkers = workers,
        OcrWorkerPath = Path.Combine(AppContext.BaseDirectory, "DocArchive.ReadingWorker.dll"),
    };

    public static OcrWorkerPool Pool(IngestOptions options) =>
        new(Microsoft.Extensions.Options.Options.Create(options), NullLogger<OcrWorkerPool>.Instance);
}
