using DocArchive.Search.Querying;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Search;

/// <summary>
/// <c>GET /api/search?q=&amp;page=&amp;sort=</c>: what the search page shows, as JSON: persons, companies, one page of
/// documents (each with its page and snippet) and the facet counts.
/// </summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/search", Search).WithTags("Search");
        return app;
    }

    private static Results<Ok<SearchResults>, ProblemHttpResult> Search(
        string? q, int? page, string? sort, IDocumentSearch search, IOptions<WebOptions> options)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return TypedResults.Problem(
                "Give the words to look for in the q parameter.", statusCode: StatusCodes.Status400BadRequest, title: "No query");
        }

        if (!SearchSorts.TryParse(sort, out var order))
        {
            return TypedResults.Problem(SearchSorts.Unknown(sort).Message, statusCode: StatusCodes.Status400BadRequest, title: "Query not understood");
        }

        try
        {
            return TypedResults.Ok(search.Search(new SearchQuery(q, Math.Max(1, page ?? 1), options.Value.PageSize, order)));
        }
        catch (InvalidSearchQueryException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Query not understood");
        }
    }
}
