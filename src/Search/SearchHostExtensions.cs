using DocArchive.Search.Analysis;
using DocArchive.Search.Indexing;
using DocArchive.Search.Querying;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DocArchive.Search;

/// <summary>Registers the search index: its single writer and its near-real-time searcher.</summary>
public static class SearchHostExtensions
{
    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var dataDir = builder.Configuration["DocArchive:DataDir"] ?? ApplicationPaths.DefaultDataDir;
        builder.Services.AddOptions<SearchOptions>()
            .Bind(builder.Configuration.GetSection(SearchOptions.Section))
            .Configure(o =>
            {
                if (string.IsNullOrWhiteSpace(o.IndexPath))
                {
                    o.IndexPath = Path.Combine(dataDir, "index");
                }
            })
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SearchOptions>, SearchOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<TextAnalyzer>();
        builder.Services.AddSingleton<LuceneDocumentIndex>();
        builder.Services.AddSingleton<IDocumentIndex>(sp => sp.GetRequiredService<LuceneDocumentIndex>());
        builder.Services.AddSingleton<IDocumentSearch, LuceneDocumentSearch>();
        return builder;
    }
}
