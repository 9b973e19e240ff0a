using DocArchive.Search.Querying;

namespace DocArchive.Web.Localization;

/// <summary>Why a search was not understood, in the interface's language.</summary>
public static class SearchProblemText
{
    public static string SearchProblem(this UiText text, InvalidSearchQueryException error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(error);
        return text[$"search.problem.{error.Problem}", [.. error.Arguments]];
    }
}
