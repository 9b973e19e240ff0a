namespace DocArchive.Ingest.Reading.Protocol;

/// <summary>How an OCR worker misbehaves under the test hook.</summary>
public enum OcrFaultKind
{
    /// <summary>The worker process aborts, as a native crash would.</summary>
    Crash,

    /// <summary>The worker never answers, as a native endless loop would.</summary>
    Hang,
}
