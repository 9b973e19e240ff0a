using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DocArchive.Ingest.Catalog;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the web host.</summary>
internal sealed class CatalogDesignTimeFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CatalogDbContext>();
        CatalogDatabase.Configure(builder, new IngestOptions());
        return new CatalogDbContext(builder.Options);
    }
}
