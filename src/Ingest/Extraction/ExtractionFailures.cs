namespace DocArchive.Ingest.Extraction;

/// <summary>
/// Why a read document has no fields, as stored in <see cref="Model.Document.ExtractionFailure"/>: short English reasons
/// for the API; the exception's detail is only in the log, with the document's id.
/// </summary>
internal static class ExtractionFailures
{
    public const string Failed = "No fields could be extracted.";

    public const string NotStored = "The extracted fields could not be stored.";
}
