using DocArchive.Ingest;
using DocArchive.Search;
using DocArchive.Web.Accounts;

namespace DocArchive.Web.Commands;

/// <summary>The host a command verb runs in: search, ingest and accounts, with the same configuration as the server, no web.</summary>
public static class CommandHost
{
    /// <summary>The host of a verb; <paramref name="readsPages"/> false for a verb that never reads a page (no traineddata needed).</summary>
    public static IHost Build(string[] args, bool readsPages = true)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.AddCommandLineSwitches(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // Standard output carries the verb's own output (records, reports): log lines go to standard error.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddSearch();
        builder.AddIngest(readsPages);
        builder.Services.AddArchiveIdentityCore();
        builder.Services.AddScoped<ArchiveAccounts>();
        return builder.Build();
    }

    /// <summary>Runs <paramref name="verb"/> with the services of a host built from <paramref name="args"/>.</summary>
    public static async Task<int> RunAsync(string[] args, Func<IServiceProvider, Task<int>> verb)
    {
        ArgumentNullException.ThrowIfNull(verb);
        using var host = Build(args);
        return await verb(host.Services);
    }
}
