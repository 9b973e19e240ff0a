namespace DocArchive.Ingest.Pages;

/// <summary>One page could not be read even after its retry (the OCR worker crashed or ran out of time).</summary>
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
}
