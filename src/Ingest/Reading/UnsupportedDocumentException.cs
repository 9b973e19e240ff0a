namespace DocArchive.Ingest.Reading;

/// <summary>
/// A permanent input error: the file is corrupt, encrypted, too large or not a supported kind. Retrying cannot help.
/// <see cref="Code"/> says which (one of <see cref="ReadFailures"/>), the message gives the detail.
/// </summary>
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

    public UnsupportedDocumentException(string code, string reason, Exception? innerException = null)
        : base(reason, innerException)
    {
        Code = code;
    }

    public string Code { get; } = ReadFailures.Unreadable;
}
