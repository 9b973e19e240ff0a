using DocArchive.Ingest.Jobs;

namespace DocArchive.Web.Commands;

/// <summary>The command-line switches every verb understands, mapped to configuration keys.</summary>
public static class CommandLine
{
    public static readonly IReadOnlyDictionary<string, string> Switches = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["--data-dir"] = "DocArchive:DataDir",
        ["--postgres"] = "DocArchive:PostgreSql",
        ["--role"] = NodeRoles.Key,
    };

    /// <summary>Adds the switches of <paramref name="args"/> to the configuration, over the defaults.</summary>
    public static IHostApplicationBuilder AddCommandLineSwitches(this IHostApplicationBuilder builder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddCommandLine(args, Switches.ToDictionary(StringComparer.Ordinal));
        return builder;
    }
}
