namespace DocArchive.Web.Tests.Commands;

/// <summary>The configuration switches that point a verb's OCR workers at the test output's docarchive.dll and the tessdata.</summary>
internal static class CommandSwitches
{
    public static string[] Ocr { get; } =
    [
        "--DocArchive:Ingest:TessdataPath", DocArchiveApplication.TessdataPath,
        "--DocArchive:Ingest:OcrWorkerPath", Path.Combine(AppContext.BaseDirectory, "docarchive.dll"),
        "--DocArchive:Ingest:OcrWorkers", "1",
    ];
}
