namespace DocArchive.Ingest.Reading;

/// <summary>The OCR engine itself failed: it could not be initialised or could not recognise an image.</summary>
public sealed class OcrException : Exception
{
    public OcrException()
    {
    }

    public OcrException(string message)
        : base(message)
    {
    }

    public OcrException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
