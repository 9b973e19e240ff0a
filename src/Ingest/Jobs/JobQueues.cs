namespace DocArchive.Ingest.Jobs;

/// <summary>The Hangfire queues: reading is CPU bound and spread over cores; indexing has one writer.</summary>
internal static class JobQueues
{
    public const string Ocr = "ocr";

    public const string Index = "index";
}
