using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DocArchive.Ingest.Corrections;

/// <summary>Registers officers' corrections of extracted values and of persons (merges), and the review queue.</summary>
internal static class CorrectionsHostExtensions
{
    public static IHostApplicationBuilder AddCorrections(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<FieldCorrector>();
        builder.Services.AddScoped<ReviewQueue>();
        builder.Services.AddScoped<SamePersonDecisions>();
        return builder;
    }
}
