using System.Globalization;

namespace DocArchive.Web.Commands;

/// <summary>The switches of the catalog benches: a count (<c>--rows N</c>, <c>--persons N</c>) and <c>--postgres CS</c>.</summary>
public static class BenchArguments
{
    /// <summary>The count (its default when absent) and the PostgreSQL server, or null when the count is not a number of at least <paramref name="minimum"/>.</summary>
    public static (int Count, string? Server)? Read(string[] args, string count, int defaultCount, int minimum)
    {
        ArgumentNullException.ThrowIfNull(args);
        var settings = new ConfigurationBuilder().AddCommandLine(args, CommandLine.Switches.ToDictionary(StringComparer.Ordinal)).Build();
        var value = settings[count];
        if (value is null)
        {
            return args.Contains($"--{count}", StringComparer.Ordinal) ? null : (defaultCount, settings["DocArchive:PostgreSql"]);
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= minimum
            ? (parsed, settings["DocArchive:PostgreSql"])
            : null;
    }
}
