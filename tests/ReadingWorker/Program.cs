using DocArchive.Ingest.Reading.Worker;
using DocArchive.ReadingWorker;

// Started by the pool as "DocArchive.ReadingWorker.dll ocr-worker", exactly as docarchive's workers are; a WorkerFault
// launcher adds the fault after the verb.
if (!ReadingWorker.IsRequestedBy(args))
{
    return 2;
}

await using var input = Console.OpenStandardInput();
await using var requests = WorkerFault.Parse(args[1..]) is { } fault ? fault.Filter(input) : input;
return await ReadingWorker.RunAsync(requests, CancellationToken.None);
