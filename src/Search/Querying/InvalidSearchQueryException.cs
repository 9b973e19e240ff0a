namespace DocArchive.Search.Querying;

/// <summary>
/// The text typed in the search box cannot be understood: <see cref="Problem"/> and <see cref="Arguments"/> say why for
/// the interface to put in the user's language, the message says it in English for the API.
/// </summary>
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

    public InvalidSearchQueryException(SearchProblem problem, string message, params object[] arguments)
        : base(message)
    {
        Problem = problem;
        Arguments = arguments;
    }

    public SearchProblem Problem { get; } = SearchProblem.Other;

    public IReadOnlyList<object> Arguments { get; } = [];
}
