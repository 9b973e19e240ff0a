using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DocArchive.Ingest.Accounts;

/// <summary>The columns DocArchive adds to Identity's user table.</summary>
internal sealed class ArchiveUserConfiguration : IEntityTypeConfiguration<ArchiveUser>
{
    public void Configure(EntityTypeBuilder<ArchiveUser> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(u => u.Language).HasMaxLength(8);
    }
}
