using DocArchive.Ingest.Corrections;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Reading;
using DocArchive.Ingest.Tests.Catalog;
using DocArchive.Ingest.Tests.Jobs;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Tests.Corrections;

public sealed class ReviewQueueTests
{
    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task ListAsync_ListsDoubtfulFieldsNewestFirstAndDropsCorrectedOnes_WhenDocumentsAreDone(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var older = await StoreAsync(catalog, DateTimeOffset.UtcNow.AddDays(-1), new ExtractionRecord
        {
            DocumentType = DocumentTypes.Passport,
            Persons = [ExtractionWriterTests.Person("ZHANG WEI", "E12345678", "CHN", null)],
            Fields = new Dictionary<string, FieldEvidence>
            {
                ["name"] = new("ZHANG WEI", 0.99, 1, FieldSources.Mrz, null),
                ["passportNumber"] = new("E12345678", 0.95, 1, FieldSources.Label, new BoundingBox(10, 20, 100, 12)),
            },
            MrzFailures = [new MrzFailure(1, "dateOfBirth", "dateOfBirth", "P<CHNZHANG<<WEI\nE123456782CHN8504125M")],
        });
        var newer = await StoreAsync(catalog, DateTimeOffset.UtcNow, new ExtractionRecord
        {
            DocumentType = DocumentTypes.Permit,
            Persons = [ExtractionWriterTests.Person("KIM MINJUN", "M12345678", "KOR", null)],
            Fields = new Dictionary<string, FieldEvidence>
            {
                ["name"] = new("KIM MINJUN", 0.52, 1, FieldSources.Label, new BoundingBox(10, 20, 100, 12)),
                ["passportNumber"] = new("M12345678", 0.99, 2, FieldSources.Mrz, null),
            },
            Conflicts = [new FieldConflict("passportNumber", "M12345678", FieldSources.Mrz, "M12345679", FieldSources.Label)],
        });
        var unread = await IngestJobTests.AddDocumentAsync(catalog, "queued");
        await ExtractionWriterTests.StoreAsync(catalog, unread, new ExtractionRecord
        {
            Fields = new Dictionary<string, FieldEvidence> { ["name"] = new("LOW", 0.1, 1, FieldSources.Label, null) },
        });
        await using var db = catalog.NewContext();
        var queue = new ReviewQueue(db);

        var page = await queue.ListAsync(0.8, 1, 20, CancellationToken.None);

        Assert.Equal<(Guid, string, ReviewReason)>(
            [(newer, "name", ReviewReason.LowConfidence), (newer, "passportNumber", ReviewReason.Conflict), (older, "dateOfBirth", ReviewReason.MrzCheck)],
            page.Items.Select(i => (i.DocumentId, i.Key, i.Reason)));
        Assert.Equal(3, page.Total);
        Assert.Equal(("KIM MINJUN", 0.52, 1), (page.Items[0].Value, page.Items[0].Confidence, page.Items[0].Page));
        Assert.Equal("M12345679 (label)", page.Items[1].Detail);
        Assert.Equal("dateOfBirth\nP<CHNZHANG<<WEI\nE123456782CHN8504125M", page.Items[2].Detail);
        Assert.Equal<(Guid, string)>(
            [(older, "dateOfBirth")],
            (await queue.ListAsync(0.8, 2, 2, CancellationToken.None)).Items.Select(i => (i.DocumentId, i.Key)));

        db.FieldCorrections.Add(new FieldCorrection
        {
            DocumentId = newer, Key = "name", Value = "KIM MIN JUN", MachineValue = "KIM MINJUN", CorrectedBy = "pejabat1", CorrectedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        var after = await queue.ListAsync(0.8, 1, 20, CancellationToken.None);

        Assert.Equal([ReviewReason.Conflict, ReviewReason.MrzCheck], after.Items.Select(i => i.Reason));
        Assert.Equal(2, after.Total);
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task ListAsync_DropsReadingsConfirmedAsTheyStandAndLeavesOutPositionsAndFindings(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var id = await StoreAsync(catalog, DateTimeOffset.UtcNow, new ExtractionRecord
        {
            DocumentType = DocumentTypes.Rptka,
            Fields = new Dictionary<string, FieldEvidence>
            {
                ["documentNumber"] = new("KEP.12345/PPTK/2024", 0.5, 1, FieldSources.Label, null),
                ["location"] = new("BATAM", 0.5, 1, FieldSources.Label, null),
                ["positions[0].title"] = new("Geologist", 0.2, 1, FieldSources.Table, null),
                ["finding"] = new("Sesuai", 0.2, 1, FieldSources.Table, null),
            },
        });
        await using var db = catalog.NewContext();
        db.FieldConfirmations.AddRange(
            new FieldConfirmation { DocumentId = id, Key = "documentNumber", Value = "KEP.12345/PPTK/2024", ConfirmedBy = "pejabat1", ConfirmedAt = DateTimeOffset.UtcNow },
            new FieldConfirmation { DocumentId = id, Key = "location", Value = "BATAM LAMA", ConfirmedBy = "pejabat1", ConfirmedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        var queue = new ReviewQueue(db);

        var page = await queue.ListAsync(0.8, 1, 20, CancellationToken.None);
        var counts = await queue.CountByDocumentAsync(0.8, [id, Guid.NewGuid()], CancellationToken.None);

        Assert.Equal(["location"], page.Items.Select(i => i.Key));
        Assert.Equal(1, page.Total);
        Assert.Equal(new Dictionary<Guid, int> { [id] = 1 }, counts);
    }

    private static async Task<Guid> StoreAsync(TestCatalog catalog, DateTimeOffset uploadedAt, ExtractionRecord record)
    {
        var id = await IngestJobTests.AddDocumentAsync(catalog, Guid.NewGuid().ToString("N"));
        await ExtractionWriterTests.StoreAsync(catalog, id, record);
        await using var db = catalog.NewContext();
        var document = await db.Documents.SingleAsync(d => d.Id == id);
        document.Status = DocumentStatus.Done;
        document.UploadedAt = uploadedAt;
        await db.SaveChangesAsync();
        return id;
    }
}
