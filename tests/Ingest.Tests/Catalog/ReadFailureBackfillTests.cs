using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Reading;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DocArchive.Ingest.Tests.Catalog;

public sealed class ReadFailureBackfillTests
{
    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task Migrate_GivesFailuresRecordedWithoutACodeTheirCode_FromTheirDetail(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var reasons = new Dictionary<string, string?>
        {
            ["The PDF is encrypted with a password; upload it without the password protection."] = ReadFailures.Encrypted,
            ["The file is empty."] = ReadFailures.Empty,
            ["Page 3 is 20000 x 20000 pixels, above the limit of 100,000,000 pixels per page."] = ReadFailures.TooLarge,
            ["No page could be read: Page 1 could not be read after 2 attempts: the OCR worker did not answer within 120 s and was killed."] = ReadFailures.Timeout,
            ["Reading failed 3 times; last error: The PDF is corrupt and cannot be opened: bad xref."] = ReadFailures.GaveUp,
            ["Something nobody foresaw."] = null,
        };
        await using (var db = catalog.NewContext())
        {
            var number = 0;
            foreach (var reason in reasons.Keys)
            {
                var document = CatalogDatabaseTests.NewDocument(Guid.NewGuid(), $"old{++number}");
                document.Status = DocumentStatus.Failed;
                document.FailureReason = reason;
                db.Documents.Add(document);
            }

            await db.SaveChangesAsync();
            await db.GetService<IMigrator>().MigrateAsync("FieldCorrections");
        }

        await using (var db = catalog.NewContext())
        {
            await CatalogDatabase.MigrateAsync(db, catalog.Options, CancellationToken.None);
        }

        // The detail each was recorded with is then replaced by its code's short reason; a detail no pattern knows reads as unreadable.
        await using var reader = catalog.NewContext();
        var codes = await reader.Documents.ToDictionaryAsync(d => d.Sha256, d => (d.FailureCode, d.FailureReason));
        var expected = reasons.Values.Select((code, i) => (Sha256: $"old{i + 1}", Code: code ?? ReadFailures.Unreadable))
            .ToDictionary(e => e.Sha256, e => ((string?)e.Code, (string?)ReadFailures.Describe(e.Code)));
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), codes.OrderBy(c => c.Key, StringComparer.Ordinal));
    }
}
