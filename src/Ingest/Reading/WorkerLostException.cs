namespace DocArchive.Ingest.Reading;

/// <summary>
/// An OCR worker died or ran out of time; it has been killed, and the request may be retried on a new one.
/// <see cref="Code"/> is <see cref="ReadFailures.Timeout"/> or <see cref="ReadFailures.WorkerLost"/>.
/// </summary>
internal sealed class WorkerLostException(string reason, string code = ReadFailures.WorkerLost) : Exception(reason)
{
    public string Code { get; } = code;
}
