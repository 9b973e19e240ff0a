using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace DocArchive.Ingest.Extraction;

/// <summary>Registers classification and field extraction.</summary>
internal static class ExtractionHostExtensions
{
    public static IHostApplicationBuilder AddExtraction(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DocumentExtractor>();
        builder.Services.AddSingleton<DocumentExtraction>();
        builder.Services.AddSingleton<FileExtraction>();
        return builder;
    }
}
