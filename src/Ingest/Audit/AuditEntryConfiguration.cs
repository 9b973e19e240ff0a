using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DocArchive.Ingest.Audit;

/// <summary>The audit log's table: ordered by time, filtered by user and action.</summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const string Table = "AuditEntries";

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(Table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.UserName).HasMaxLength(AuditEntry.MaxUserNameLength);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Target).HasMaxLength(AuditEntry.MaxTargetLength);
        builder.Property(e => e.Address).HasMaxLength(64);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.UserName, e.At });
        builder.HasIndex(e => new { e.Action, e.At });
    }
}
