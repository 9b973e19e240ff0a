using System.Globalization;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Corrections;
using DocArchive.Search.Querying;
using DocArchive.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Search;

/// <summary>
/// The search page: persons, then companies, then documents with their page and highlighted snippet, in pages and
/// in the order asked for; facet counts beside them, each a link that adds its filter to the query; for analysts, a
/// link that exports what was found. Before anything is typed, the newest documents and the archive's counts.
/// </summary>
public sealed class SearchModel(
    IDocumentSearch search, IOptions<WebOptions> options, CatalogDbContext db, ReviewQueue review, IAuthorizationService authorization) : PageModel
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

    /// <summary>What the page shows before a search; null once one is typed.</summary>
    public SearchStart? Start { get; private set; }

    /// <summary>Whether the user may export what the search finds (analysts).</summary>
    public bool MayExport { get; private set; }

    public bool HasNext => Results is { } results && PageNumber * results.Query.PageSize < results.TotalDocuments;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Query))
        {
            Start = await SearchStart.LoadAsync(db, review, options.Value.ReviewConfidence, cancellationToken);
            return;
        }

        MayExport = (await authorization.AuthorizeAsync(User, ArchivePolicies.Export)).Succeeded;

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

    /// <summary>The export page for this search, its words and filters.</summary>
    public string ExportLink => "/export" + QueryString.Create("q", Query?.Trim() ?? "").Value;

    /// <summary>A search for the documents of one type.</summary>
    public static string TypeLink(string type) => Link($"type:{type}", 1, SearchSort.Relevance);

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
