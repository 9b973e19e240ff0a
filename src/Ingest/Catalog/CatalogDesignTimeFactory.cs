using Microsoft.EntityFrameworkCore.Design;

namespace DocArchive.Ingest.Catalog;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without starting the web host.</summary>
internal sealed class CatalogDesignTimeFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args) => CatalogDatabase.CreateContext(CatalogDatabase.CreateOptions(new IngestOptions()));
}
