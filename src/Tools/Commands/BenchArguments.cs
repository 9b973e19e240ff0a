using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace DocArchive.Tools.Commands;

/// <summary>The switches of the catalog benches: a count (<c>--rows N</c>, <c>--persons N</c>) and <c>--postgres CS</c>.</summary>
public static class BenchArguments
{
    private const string PostgreSqlKey = "DocArchive:PostgreSql";

    /// <summary><c>--postgres</c> names the catalog's configuration key, as it does for every verb.</summary>
    private static readonly Dictionary<string, string> Switches = new(StringComparer.Ordinal) { ["--postgres"] = PostgreSqlKey };

    /// <summary>The count (its default when absent) and the PostgreSQL server, or null when the count is not a number of at least <paramref name="minimum"/>.</summary>
    public static (int Count, string? Server)? Read(string[] args, string count, int defaultCount, int minimum)
    {
        ArgumentNullException.ThrowIfNull(args);
        var settings = new ConfigurationBuilder().AddCommandLine(args, Switches).Build();
        var value = settings[count];
        if (value is null)
        {
            return args.Contains($"--{count}", StringComparer.Ordinal) ? null : (defaultCount, settings[PostgreSqlKey]);
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= minimum
            ? (parsed, settings[PostgreSqlKey])
            : null;
    }
}
