namespace DocArchive.Search.Querying;

/// <summary>The text typed in the search box cannot be understood; the message says why.</summary>
public sealed class InvalidSearchQueryException : Exception
{
    public InvalidSearchQueryException()
    {
    }

    public InvalidSearchQueryException(string message)
        : base(message)
    {
    }

    public InvalidSearchQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
