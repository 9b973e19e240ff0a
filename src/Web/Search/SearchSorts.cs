using DocArchive.Search.Querying;

namespace DocArchive.Web.Search;

/// <summary>The <c>sort</c> parameter of the search page and API: <c>relevance</c> (or absent), <c>date</c>, <c>expiry</c>.</summary>
public static class SearchSorts
{
    public static string Name(SearchSort sort) => sort.ToString().ToLowerInvariant();

    public static bool TryParse(string? value, out SearchSort sort)
    {
        sort = SearchSort.Relevance;
        return string.IsNullOrWhiteSpace(value)
            || (Enum.TryParse(value, ignoreCase: true, out sort) && Enum.IsDefined(sort) && !int.TryParse(value, out _));
    }

    public static InvalidSearchQueryException Unknown(string? value) =>
        new(SearchProblem.Sort, $"sort takes relevance, date or expiry (not '{value}').", value ?? "");
}
