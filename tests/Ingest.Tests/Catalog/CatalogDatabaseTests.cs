using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Reading;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Tests.Catalog;

public sealed class CatalogDatabaseTests
{
    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task MigrateAsync_AppliesEveryMigration_WhenDatabaseIsFresh(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = catalog.NewContext();

        Assert.Equal(provider == TestCatalog.Sqlite, File.Exists(Path.Combine(catalog.Options.DataDir, CatalogDatabase.FileName)));
        Assert.Equal(provider == TestCatalog.PostgreSql, db is PostgresCatalogDbContext);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task MigrateAsync_KeepsDocuments_WhenRunAgain(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var id = Guid.NewGuid();
        await using (var db = catalog.NewContext())
        {
            db.Documents.Add(NewDocument(id, "a1"));
            db.Pages.Add(DocumentPage.Read(id, new PageText(1, "Nama ZHANG WEI", PageTextSource.Ocr, 0.9, 100, 50,
                [new PageWord("ZHANG", 0.93, new BoundingBox(10, 20, 30, 8), 0)])));
            await db.SaveChangesAsync();
        }

        await using (var db = catalog.NewContext())
        {
            await CatalogDatabase.MigrateAsync(db, catalog.Options, CancellationToken.None);
        }

        await using var reader = catalog.NewContext();
        var page = await reader.Pages.SingleAsync(p => p.DocumentId == id);
        Assert.Equal("Nama ZHANG WEI", page.Text);
        Assert.Equal(new BoundingBox(10, 20, 30, 8), Assert.Single(page.Words).Box);
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task SaveChanges_Throws_WhenSha256IsAlreadyCatalogued(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = catalog.NewContext();
        db.Documents.Add(NewDocument(Guid.NewGuid(), "same"));
        await db.SaveChangesAsync();
        db.Documents.Add(NewDocument(Guid.NewGuid(), "same"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task Documents_OrderByUploadedAt_WhenListedNewestFirst(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await using var db = catalog.NewContext();
        var older = NewDocument(Guid.NewGuid(), "older");
        older.UploadedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var newer = NewDocument(Guid.NewGuid(), "newer");
        newer.UploadedAt = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        db.Documents.AddRange(older, newer);
        await db.SaveChangesAsync();

        var names = await db.Documents.OrderByDescending(d => d.UploadedAt).Select(d => d.Sha256).ToListAsync();

        Assert.Equal(["newer", "older"], names);
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task Documents_KeepTheInstantInUtc_WhenReadBack(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var id = Guid.NewGuid();
        var uploaded = new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero).AddMilliseconds(123);
        await using (var db = catalog.NewContext())
        {
            var document = NewDocument(id, "instant");
            document.UploadedAt = uploaded;
            db.Documents.Add(document);
            await db.SaveChangesAsync();
        }

        await using var reader = catalog.NewContext();
        var read = await reader.Documents.SingleAsync(d => d.Id == id && d.UploadedAt >= uploaded);

        Assert.Equal(uploaded, read.UploadedAt);
        Assert.Equal(TimeSpan.Zero, read.UploadedAt.Offset);
    }

    internal static Document NewDocument(Guid id, string sha256) => new()
    {
        Id = id,
        Sha256 = sha256,
        OriginalName = "scan.pdf",
        ContentType = ContentTypes.Pdf,
        UploadedBy = "test",
        UploadedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };
}
