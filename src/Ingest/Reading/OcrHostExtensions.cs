using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DocArchive.Ingest.Reading;

/// <summary>Registers the OCR worker pool, the document reader, the searchable PDF maker and the page images.</summary>
internal static class OcrHostExtensions
{
    public static IHostApplicationBuilder AddOcr(this IHostApplicationBuilder builder, bool readsPages)
    {
        if (readsPages)
        {
            builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IngestOptions>, OcrOptionsValidator>());
        }

        builder.Services.AddSingleton<OcrWorkerPool>();
        builder.Services.AddSingleton<IDocumentReader>(services => services.GetRequiredService<OcrWorkerPool>());
        builder.Services.AddSingleton<SearchablePdf>();
        builder.Services.AddSingleton<PageImages>();
        return builder;
    }
}
