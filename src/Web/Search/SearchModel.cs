using System.Globalization;
using DocArchive.Search.Querying;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Search;

/// <summary>
/// The search page: persons, then companies, then documents with their page and highlighted snippet, in pages and
/// in the order asked for; facet counts beside them, each a link that adds its filter to the query.
/// </summary>
public sealed class SearchModel(IDocumentSearch search, IOptions<WebOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    public SearchSort Order { get; private set; }

    public SearchResults? Results { get; private set; }

    /// <summary>Why the search was not understood; null when it was.</summary>
    public InvalidSearchQueryException? Error { get; private set; }

    public bool HasNext => Results is { } results && PageNumber * results.Query.PageSize < results.TotalDocuments;

    public void OnGet()
    {
        if (string.IsNullOrWhiteSpace(Query))
        {
            return;
        }

        PageNumber = Math.Max(1, PageNumber);
        if (!SearchSorts.TryParse(Sort, out var order))
        {
            Error = SearchSorts.Unknown(Sort);
            return;
        }

        Order = order;
        try
        {
            Results = search.Search(new SearchQuery(Query, PageNumber, options.Value.PageSize, order));
        }
        catch (InvalidSearchQueryException e)
        {
            Error = e;
        }
    }

    public string PageLink(int page) => Link(Query, page, Order);

    public string SortLink(SearchSort sort) => Link(Query, 1, sort);

    /// <summary>The search narrowed by a facet's filter, from its first page.</summary>
    public string FilterLink(FacetValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Link($"{Query?.Trim()} {value.Filter}", 1, Order);
    }

    /// <summary>Whether the query already holds a facet value's filter (it is then shown, not linked).</summary>
    public bool IsApplied(FacetValue value) =>
        value is not null && Query?.Contains(value.Filter, StringComparison.OrdinalIgnoreCase) == true;

    private static string Link(string? query, int page, SearchSort sort) =>
        "/search" + QueryString.Create(new KeyValuePair<string, string?>[]
        {
            new("q", query),
            new("page", page.ToString(CultureInfo.InvariantCulture)),
            new("sort", SearchSorts.Name(sort)),
        }).Value;
}
