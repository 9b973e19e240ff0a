using DocArchive.Search.Querying;

namespace DocArchive.Web.Localization;

/// <summary>Why a search was not understood, in the interface's language.</summary>
public static class SearchProblemText
{
    public static string SearchProblem(this UiText text, InvalidSearchQueryException error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(error);
        object?[] arguments = error is { Problem: global::DocArchive.Search.Querying.SearchProblem.Type, Arguments: [string types, var value] }
            ? [string.Join(", ", types.Split(", ").Select(type => $"{type} ({text.DocumentType(type)})")), value]
            : [.. error.Arguments];
        return text[$"search.problem.{error.Problem}", arguments];
    }
}
