namespace DocArchive.Integration.Tests;

/// <summary>
/// A test that needs the PostgreSQL test server (<c>scripts/with-postgres.sh</c>, which <c>./test.sh</c> uses). Without
/// it the test is skipped on a developer's machine, and fails on CI.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (Cluster.Server is null && Environment.GetEnvironmentVariable("CI") is not { Length: > 0 })
        {
            Skip = $"{Cluster.ServerVariable} is not set: run through scripts/with-postgres.sh.";
        }
    }
}
