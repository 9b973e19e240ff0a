using DocArchive.Ingest.Catalog;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DocArchive.Ingest.Jobs;

/// <summary>
/// Registers the background jobs and the Hangfire servers this node's <see cref="NodeRole"/> runs: readers serve the
/// <c>ocr</c> queue, the node that owns the index serves the <c>index</c> queue and recovers unfinished documents.
/// </summary>
internal static class JobsHostExtensions
{
    public static IHostApplicationBuilder AddIngestJobs(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var role = NodeRoles.From(builder.Configuration);

        // This host's own storage and activator, registered before AddHangfire so that Hangfire's process-wide
        // defaults (JobStorage.Current, JobActivator.Current) are never shared between hosts.
        services.AddSingleton(CreateStorage);
        services.AddSingleton<JobActivator>(provider =>
            new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (role.ReadsDocuments())
        {
            services.AddHangfireServer((provider, server) =>
            {
                server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}:{JobQueues.Ocr}";
                server.Queues = [JobQueues.Ocr];
                server.WorkerCount = Math.Max(1, provider.GetRequiredService<IOptions<IngestOptions>>().Value.OcrWorkers);
                server.SchedulePollingInterval = TimeSpan.FromSeconds(5);
            });
        }

        if (role.OwnsIndex())
        {
            services.AddHangfireServer(server =>
            {
                // The index has one writer: one worker keeps its updates in order.
                server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}:{JobQueues.Index}";
                server.Queues = [JobQueues.Index];
                server.WorkerCount = 1;
                server.SchedulePollingInterval = TimeSpan.FromSeconds(5);
            });
            services.AddHostedService<UnfinishedDocumentsRecovery>();
        }

        services.AddSingleton<DocumentClaims>();
        services.AddScoped<IngestJob>();
        services.AddScoped<IndexJob>();
        services.AddScoped<DocumentIntake>();
        return builder;
    }

    /// <summary>
    /// The one place that chooses where jobs are kept: PostgreSQL when the catalog is there (several machines share
    /// the queues), otherwise in memory, since the catalog can always enqueue them again.
    /// </summary>
    private static JobStorage CreateStorage(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<IngestOptions>>().Value;
        if (!CatalogDatabase.UsesPostgreSql(options))
        {
            return new InMemoryStorage(new InMemoryStorageOptions());
        }

        var storage = new PostgreSqlStorageOptions
        {
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromSeconds(1),

            // A job fetched by a process that was killed comes back after this; while its process lives, it stays
            // invisible however long it runs.
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = options.JobLease,
            DistributedLockTimeout = options.JobLease,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(options.PostgreSql, storage), storage);
    }
}
