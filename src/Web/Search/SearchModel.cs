using DocArchive.Search.Querying;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Search;

/// <summary>The search page: hits with their page and highlighted snippet, in pages.</summary>
public sealed class SearchModel(IDocumentSearch search, IOptions<WebOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public SearchResults? Results { get; private set; }

    public string? Error { get; private set; }

    public bool HasNext => Results is { } results && PageNumber * results.Query.PageSize < results.TotalDocuments;

    public void OnGet()
    {
        if (string.IsNullOrWhiteSpace(Query))
        {
            return;
        }

        PageNumber = Math.Max(1, PageNumber);
        try
        {
            Results = search.Search(new SearchQuery(Query, PageNumber, options.Value.PageSize));
        }
        catch (InvalidSearchQueryException e)
        {
            Error = e.Message;
        }
    }

    public string PageLink(int page) =>
        QueryString.Create(new KeyValuePair<string, string?>[]
        {
            new("q", Query),
            new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        }).Value ?? "";
}
