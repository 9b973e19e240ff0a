namespace DocArchive.Ingest.Ocr;

/// <summary>An OCR worker died or ran out of time; it has been killed, and the request may be retried on a new one.</summary>
internal sealed class WorkerLostException(string reason) : Exception(reason);
