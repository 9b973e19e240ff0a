using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DocArchive.Ingest.Jobs;

/// <summary>Registers the background jobs, their Hangfire servers and the recovery of unfinished documents.</summary>
internal static class JobsHostExtensions
{
    public static IHostApplicationBuilder AddIngestJobs(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        // This host's own storage and activator, registered before AddHangfire so that Hangfire's process-wide
        // defaults (JobStorage.Current, JobActivator.Current) are never shared between hosts.
        services.AddSingleton(CreateStorage);
        services.AddSingleton<JobActivator>(provider =>
            new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer((provider, server) =>
        {
            server.ServerName = $"{Environment.MachineName}:{JobQueues.Ocr}";
            server.Queues = [JobQueues.Ocr];
            server.WorkerCount = Math.Max(1, provider.GetRequiredService<IOptions<IngestOptions>>().Value.OcrWorkers);
            server.SchedulePollingInterval = TimeSpan.FromSeconds(5);
        });
        services.AddHangfireServer(server =>
        {
            // The index has one writer: one worker keeps its updates in order.
            server.ServerName = $"{Environment.MachineName}:{JobQueues.Index}";
            server.Queues = [JobQueues.Index];
            server.WorkerCount = 1;
            server.SchedulePollingInterval = TimeSpan.FromSeconds(5);
        });

        services.AddScoped<IngestJob>();
        services.AddScoped<IndexJob>();
        services.AddScoped<DocumentIntake>();
        services.AddHostedService<UnfinishedDocumentsRecovery>();
        return builder;
    }

    /// <summary>The one place that chooses where jobs are kept: in memory, since the catalog can always re-enqueue them.</summary>
    private static JobStorage CreateStorage(IServiceProvider provider) => new InMemoryStorage(new InMemoryStorageOptions());
}
