using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Tests.Catalog;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Tests.Accounts;

public sealed class AuditLogGuardTests
{
    [Fact]
    public async Task EnsureAsync_MakesTheDatabaseRefuseUpdatesAndDeletes_WhileAppendsStillWork()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        await using var db = catalog.NewContext();
        await AuditLogGuard.EnsureAsync(db, CancellationToken.None);
        await AuditLogGuard.EnsureAsync(db, CancellationToken.None);
        db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UtcNow, UserName = "petugas", Action = AuditAction.Search, Target = "zhang" });
        await db.SaveChangesAsync();

        var update = await Assert.ThrowsAsync<SqliteException>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Target\" = 'nothing'"));
        var delete = await Assert.ThrowsAsync<SqliteException>(() =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\""));

        Assert.Contains(AuditLogGuard.RefusalMessage, update.Message, StringComparison.Ordinal);
        Assert.Contains(AuditLogGuard.RefusalMessage, delete.Message, StringComparison.Ordinal);
        Assert.Equal("zhang", (await db.AuditEntries.AsNoTracking().SingleAsync()).Target);
    }
}
