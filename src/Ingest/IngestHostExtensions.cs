using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Ocr;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DocArchive.Ingest;

/// <summary>Registers everything that turns an upload into pages, fields and an index entry.</summary>
public static class IngestHostExtensions
{
    public static IHostApplicationBuilder AddIngest(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<IngestOptions>()
            .Bind(builder.Configuration.GetSection(IngestOptions.Section))
            .Configure(o =>
            {
                o.DataDir = builder.Configuration["DocArchive:DataDir"] ?? o.DataDir;
                o.PostgreSql = builder.Configuration["DocArchive:PostgreSql"] ?? o.PostgreSql;
            })
            .ValidateOnStart();
        builder.AddOcr();
        builder.AddCatalog();
        builder.AddExtraction();
        builder.AddIngestJobs();
        return builder;
    }
}
