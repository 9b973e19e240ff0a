using DocArchive.Ingest;
using DocArchive.Search;
using DocArchive.Web.Accounts;

namespace DocArchive.Web.Commands;

/// <summary>The host a command verb runs in: search, ingest and accounts, with the same configuration as the server, no web.</summary>
public static class CommandHost
{
    public static IHost Build(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.AddCommandLineSwitches(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddSearch();
        builder.AddIngest();
        builder.Services.AddArchiveIdentityCore();
        builder.Services.AddScoped<ArchiveAccounts>();
        return builder.Build();
    }
}
