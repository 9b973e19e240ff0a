using DocArchive.Ingest.Reading.Worker;

// Started by the pool as "DocArchive.ReadingWorker.dll ocr-worker", exactly as docarchive's workers are.
return ReadingWorker.IsRequestedBy(args) ? await ReadingWorker.RunAsync(CancellationToken.None) : 2;
