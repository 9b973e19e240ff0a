using DocArchive.Ingest;
using DocArchive.Search;
using DocArchive.Web.Accounts;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Commands;

/// <summary>The host a command verb runs in: search, ingest and accounts, with the same configuration as the server, no web.</summary>
public static class CommandHost
{
    public static IHost Build(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.AddCommandLineSwitches(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // Standard output carries the verb's own output (records, reports): log lines go to standard error.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddSearch();
        builder.AddIngest();
        builder.Services.AddArchiveIdentityCore();
        builder.Services.AddScoped<ArchiveAccounts>();
        return builder.Build();
    }

    /// <summary>
    /// Runs <paramref name="verb"/> with the services of a host built from <paramref name="args"/>; a configuration that
    /// fails validation (a wrong tessdata path) is reported on <paramref name="output"/> with exit code 2.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, Func<IServiceProvider, Task<int>> verb)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(verb);
        using var host = Build(args);
        try
        {
            return await verb(host.Services);
        }
        catch (OptionsValidationException e)
        {
            await output.WriteLineAsync($"configuration: {string.Join(" ", e.Failures)}");
            return 2;
        }
    }
}
