using Microsoft.EntityFrameworkCore.Design;

namespace DocArchive.Ingest.Catalog;

/// <summary>
/// Lets <c>dotnet ef migrations add --context PostgresCatalogDbContext</c> build the PostgreSQL context; generating a
/// migration does not connect, so the connection string only names a server.
/// </summary>
internal sealed class PostgresCatalogDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCatalogDbContext>
{
    public PostgresCatalogDbContext CreateDbContext(string[] args) =>
        (PostgresCatalogDbContext)CatalogDatabase.CreateContext(
            CatalogDatabase.CreateOptions(new IngestOptions { PostgreSql = "Host=localhost;Database=docarchive" }));
}
