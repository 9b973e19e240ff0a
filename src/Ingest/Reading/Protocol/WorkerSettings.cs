namespace DocArchive.Ingest.Reading.Protocol;

/// <summary>What a worker needs to start its engine: the first message the pool sends it.</summary>
internal sealed record WorkerSettings(
    string TessdataPath, string Languages, long MaxPagePixels, int RenderDpi, string? TesseractLibrary, string? LeptonicaLibrary)
{
    public static WorkerSettings From(IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new WorkerSettings(
            Path.GetFullPath(options.TessdataPath), options.Languages, options.MaxPagePixels, options.RenderDpi, options.TesseractLibrary, options.LeptonicaLibrary);
    }
}
