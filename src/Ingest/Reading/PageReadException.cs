namespace DocArchive.Ingest.Reading;

/// <summary>
/// One page could not be read even after its retry (the OCR worker crashed or ran out of time). <see cref="Code"/> says
/// why (one of <see cref="ReadFailures"/>), the message gives the detail.
/// </summary>
public sealed class PageReadException : Exception
{
    public PageReadException()
    {
    }

    public PageReadException(string reason)
        : base(reason)
    {
    }

    public PageReadException(string reason, Exception innerException)
        : base(reason, innerException)
    {
    }

    public PageReadException(string code, string reason, Exception? innerException = null)
        : base(reason, innerException)
    {
        Code = code;
    }

    public string Code { get; } = ReadFailures.Unreadable;
}
