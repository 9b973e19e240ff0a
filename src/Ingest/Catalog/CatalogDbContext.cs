using System.Text.Json;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Pages;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DocArchive.Ingest.Catalog;

/// <summary>
/// The catalog: the source of truth for documents and their pages, the users and the audit log. This type carries the
/// SQLite migrations; <see cref="PostgresCatalogDbContext"/> the same model with PostgreSQL's.
/// </summary>
public class CatalogDbContext(DbContextOptions options) : IdentityDbContext<ArchiveUser>(options)
{
    public DbSet<Document> Documents => Set<Document>();

    public DbSet<DocumentPage> Pages => Set<DocumentPage>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DocumentStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<PageTextSource>().HaveConversion<string>().HaveMaxLength(16);
        if (Database.IsSqlite())
        {
            // SQLite has no date type: stored as sortable ticks so that lists can be ordered by time.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new ArchiveUserConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.Entity<Document>(document =>
        {
            document.HasKey(d => d.Id);
            document.HasIndex(d => d.Sha256).IsUnique();
            document.HasIndex(d => d.Status);
            document.HasIndex(d => d.UploadedAt);
            document.Property(d => d.Sha256).HasMaxLength(64);
            document.Property(d => d.OriginalName).HasMaxLength(OriginalFileName.MaxLength);
            document.Property(d => d.ContentType).HasMaxLength(100);
            document.Property(d => d.UploadedBy).HasMaxLength(100);
            document.Property(d => d.FailureReason).HasMaxLength(2000);
            document.Property(d => d.LeaseOwner).HasMaxLength(Document.LeaseOwnerMaxLength).IsConcurrencyToken();
            document.HasMany(d => d.Pages).WithOne().HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DocumentPage>(page =>
        {
            page.HasKey(p => new { p.DocumentId, p.Number });
            page.Property(p => p.FailureReason).HasMaxLength(2000);
            page.Property(p => p.Words).HasConversion(
                words => JsonSerializer.Serialize(words, JsonSerializerOptions.Web),
                json => JsonSerializer.Deserialize<List<PageWord>>(json, JsonSerializerOptions.Web) ?? new List<PageWord>(),
                new ValueComparer<IReadOnlyList<PageWord>>(
                    (left, right) => ReferenceEquals(left, right) || (left != null && right != null && left.SequenceEqual(right)),
                    words => words.Aggregate(0, (hash, word) => HashCode.Combine(hash, word.GetHashCode())),
                    words => words.ToList()));
        });
    }
}
