using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Catalog;

/// <summary>The catalog's model on PostgreSQL: its own type so that it carries its own migrations.</summary>
internal sealed class PostgresCatalogDbContext(DbContextOptions<PostgresCatalogDbContext> options) : CatalogDbContext(options);
