using System.Data.Common;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Commands;

/// <summary>Tells a configuration error (something the operator must fix before the program can run) from a fault.</summary>
public static class ConfigurationError
{
    /// <summary>One line saying what to fix, or null when <paramref name="exception"/> is not a configuration error.</summary>
    public static string? Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            OptionsValidationException invalid => $"configuration: {string.Join(" ", invalid.Failures)}",
            AggregateException all when all.InnerExceptions.Select(Describe).OfType<string>().ToList() is { Count: > 0 } lines &&
                                       lines.Count == all.InnerExceptions.Count => string.Join(" ", lines),
            DbException database => $"the catalog database cannot be opened: {FirstLine(database.Message)}",
            { InnerException: { } inner } => Describe(inner),
            _ => null,
        };
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
