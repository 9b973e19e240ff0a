using System.Data.Common;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Tests.Catalog;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Tests.Audit;

public sealed class AuditLogGuardTests
{
    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task EnsureAsync_MakesTheDatabaseRefuseUpdatesAndDeletes_WhileAppendsStillWork(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = catalog.NewContext();
        await AuditLogGuard.EnsureAsync(db, CancellationToken.None);
        await AuditLogGuard.EnsureAsync(db, CancellationToken.None);
        db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UtcNow, UserName = "petugas", Action = AuditAction.Search, Target = "zhang" });
        await db.SaveChangesAsync();

        var update = await Assert.ThrowsAnyAsync<DbException>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Target\" = 'nothing'"));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\""));

        Assert.Contains(AuditLogGuard.RefusalMessage, update.Message, StringComparison.Ordinal);
        Assert.Contains(AuditLogGuard.RefusalMessage, delete.Message, StringComparison.Ordinal);
        Assert.Equal("zhang", (await db.AuditEntries.AsNoTracking().SingleAsync()).Target);
    }
}
