namespace DocArchive.Ingest.Pages;

/// <summary>A permanent input error: the file is corrupt, encrypted, too large or not a supported kind. Retrying cannot help.</summary>
public sealed class UnsupportedDocumentException : Exception
{
    public UnsupportedDocumentException()
    {
    }

    public UnsupportedDocumentException(string reason)
        : base(reason)
    {
    }

    public UnsupportedDocumentException(string reason, Exception innerException)
        : base(reason, innerException)
    {
    }
}
