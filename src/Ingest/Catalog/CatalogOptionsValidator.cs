using Microsoft.Extensions.Options;
using Npgsql;

namespace DocArchive.Ingest.Catalog;

/// <summary>Checks at start-up that the data directory can be written, the catalog's connection string and the claim lease.</summary>
internal sealed class CatalogOptionsValidator : IValidateOptions<IngestOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.JobLease < TimeSpan.FromSeconds(3))
        {
            failures.Add($"Ingest:JobLease is {options.JobLease}: it must be at least 3 seconds.");
        }

        if (WriteProblem(options.DataDir) is { } problem)
        {
            failures.Add($"DataDir '{Path.GetFullPath(options.DataDir)}' cannot be written: {problem}");
        }

        if (CatalogDatabase.UsesPostgreSql(options))
        {
            try
            {
                _ = new NpgsqlConnectionStringBuilder(options.PostgreSql);
            }
            catch (ArgumentException e)
            {
                failures.Add($"PostgreSql is not a valid connection string: {e.Message}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Why nothing can be written in <paramref name="dataDir"/> (created when missing), or null when a file can.</summary>
    private static string? WriteProblem(string dataDir)
    {
        try
        {
            Directory.CreateDirectory(dataDir);
            var probe = Path.Combine(dataDir, $".write-check-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }
}
