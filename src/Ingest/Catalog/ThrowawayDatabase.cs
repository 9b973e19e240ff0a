using Npgsql;

namespace DocArchive.Ingest.Catalog;

/// <summary>A fresh database on a PostgreSQL server for one bench run or one test, dropped afterwards.</summary>
public sealed class ThrowawayDatabase : IAsyncDisposable
{
    private readonly string server;
    private readonly string name;

    private ThrowawayDatabase(string server, string name, string connectionString)
    {
        this.server = server;
        this.name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<ThrowawayDatabase> CreateAsync(string server, string prefix, CancellationToken cancellationToken)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE {name}", cancellationToken);
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new ThrowawayDatabase(server, name, connection.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", CancellationToken.None);
    }

    private static async Task ExecuteAsync(string server, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
