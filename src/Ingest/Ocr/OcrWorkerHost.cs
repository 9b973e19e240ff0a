namespace DocArchive.Ingest.Ocr;

/// <summary>The <c>ocr-worker</c> verb: one engine, fed pages on standard input, answering on standard output.</summary>
public static class OcrWorkerHost
{
    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        return Task.FromResult(cancellationToken.IsCancellationRequested ? 1 : 0);
    }
}
