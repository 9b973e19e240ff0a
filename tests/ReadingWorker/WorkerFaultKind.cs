namespace DocArchive.ReadingWorker;

/// <summary>How a faulty worker misbehaves.</summary>
public enum WorkerFaultKind
{
    /// <summary>The worker process aborts, as a native crash would.</summary>
    Crash,

    /// <summary>The worker never answers, as a native endless loop would.</summary>
    Hang,
}
