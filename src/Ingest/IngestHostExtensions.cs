using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Corrections;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Reading;
using DocArchive.Ingest.Register;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DocArchive.Ingest;

/// <summary>Registers the domain: reading, the catalog, the register, corrections, extraction and the jobs that turn an upload into pages, fields and an index entry.</summary>
public static class IngestHostExtensions
{
    /// <summary>
    /// Registers ingestion. With <paramref name="readsPages"/> false (a host that only manages users or the catalog) the
    /// traineddata and OCR settings are not checked, so such a verb runs on a machine without them.
    /// </summary>
    public static IHostApplicationBuilder AddIngest(this IHostApplicationBuilder builder, bool readsPages = true)
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
        builder.AddOcr(readsPages);
        builder.AddCatalog();
        builder.AddRegister();
        builder.AddCorrections();
        builder.AddExtraction();
        builder.AddIngestJobs();
        return builder;
    }
}
