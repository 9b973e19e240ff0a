namespace DocArchive.Ingest.Tests.Catalog;

/// <summary>
/// A test of what only PostgreSQL does (several writers at once): it needs the test server (<c>scripts/with-postgres.sh</c>);
/// without it the test is skipped on a developer's machine, and fails on CI.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(TestCatalog.ServerVariable) is not { Length: > 0 } && Environment.GetEnvironmentVariable("CI") is not { Length: > 0 })
        {
            Skip = $"{TestCatalog.ServerVariable} is not set: run through scripts/with-postgres.sh.";
        }
    }
}
