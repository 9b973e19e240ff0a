namespace DocArchive.Ingest.Reading.Protocol;

/// <summary>How a worker's request failed, when it did.</summary>
internal enum WorkerErrorKind
{
    None,

    /// <summary>A permanent input error: corrupt, encrypted, too large, wrong type.</summary>
    Unsupported,

    /// <summary>The engine failed on this page.</summary>
    Failed,
}
