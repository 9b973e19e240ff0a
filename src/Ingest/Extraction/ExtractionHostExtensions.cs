using Microsoft.Extensions.Hosting;

namespace DocArchive.Ingest.Extraction;

/// <summary>Registers classification and field extraction.</summary>
internal static class ExtractionHostExtensions
{
    public static IHostApplicationBuilder AddExtraction(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
