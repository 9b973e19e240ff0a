using Microsoft.Extensions.Options;
using Npgsql;

namespace DocArchive.Ingest.Catalog;

/// <summary>Checks at start-up the catalog's connection string and the claim lease.</summary>
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
}
