using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Reading;
using DocArchive.Ingest.Tests.Catalog;
using DocArchive.Search.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocArchive.Ingest.Tests.Jobs;

public sealed class IndexJobTests
{
    [Fact]
    public async Task RunAsync_IndexesTheReadPagesAndMarksSearchable_WhenDocumentIsDone()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var id = await AddDoneDocumentAsync(catalog);
        var index = new RecordingDocumentIndex();

        await RunAsync(catalog, index, id);

        var indexed = index[id];
        Assert.NotNull(indexed);
        Assert.Equal("scan.pdf", indexed.FileName);
        Assert.Equal([1, 3], indexed.Pages.Select(p => p.Number));
        Assert.Equal("Nama ZHANG WEI", indexed.Pages[0].Text);
        Assert.NotNull((await IngestJobTests.LoadAsync(catalog, id)).IndexedAt);
    }

    [Fact]
    public async Task RunAsync_ReplacesTheEntry_WhenRunTwice()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var id = await AddDoneDocumentAsync(catalog);
        var index = new RecordingDocumentIndex();

        await RunAsync(catalog, index, id);
        await RunAsync(catalog, index, id);

        Assert.Equal(2, index.IndexCalls);
        Assert.Equal([id], index.DocumentIds());
    }

    [Fact]
    public async Task RunAsync_IndexesTheExtractedValuesAndLinkedPersons_WhenTheDocumentHasThem()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var id = await AddDoneDocumentAsync(catalog);
        var worker = ExtractionWriterTests.Person("ZHANG WEI", "E12345678", "CHN", new DateOnly(1985, 4, 12)) with
        {
            Position = "Mining Engineer",
            PermitNumber = "2C21AB0001",
            IssueDate = new DateOnly(2024, 1, 10),
            ExpiryDate = new DateOnly(2025, 1, 9),
            PassportExpiry = new DateOnly(2030, 1, 1),
        };
        await using (var db = catalog.NewContext())
        {
            var document = await db.Documents.SingleAsync(d => d.Id == id);
            await ExtractionWriter.StageAsync(db, document, new ExtractionRecord
            {
                DocumentType = DocumentTypes.Permit,
                DocumentNumber = "KEP.12345/PPTK/PTA/2024",
                DocumentDate = new DateOnly(2024, 1, 10),
                Employer = "PT. SINAR BATU MINING Tbk",
                Location = "Kota Jambi",
                Persons = [worker],
            }, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var index = new RecordingDocumentIndex();

        await RunAsync(catalog, index, id);

        var indexed = index[id]!;
        Assert.Equal(
            (DocumentTypes.Permit, "KEP.12345/PPTK/PTA/2024", "PT. SINAR BATU MINING Tbk", new DateOnly(2024, 1, 10), "Kota Jambi"),
            (indexed.DocumentType, indexed.DocumentNumber, indexed.Employer, indexed.DocumentDate, indexed.Location));
        var person = Assert.Single(indexed.Persons);
        await using var reader = catalog.NewContext();
        var expected = new IndexedPerson(
            "ZHANG WEI", "E12345678", "CHN", new DateOnly(1985, 4, 12), "PT Sinar Batu Mining", "2C21AB0001", new DateOnly(2025, 1, 9),
            (await reader.Persons.SingleAsync()).Id, "Mining Engineer", new DateOnly(2024, 1, 10), new DateOnly(2030, 1, 1));
        Assert.Equal(expected, person);
    }

    [Fact]
    public async Task RunAsync_IndexesNothing_WhenDocumentIsNotDone()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        var id = await IngestJobTests.AddDocumentAsync(catalog);
        var index = new RecordingDocumentIndex();

        await RunAsync(catalog, index, id);

        Assert.Empty(index.DocumentIds());
        Assert.Null((await IngestJobTests.LoadAsync(catalog, id)).IndexedAt);
    }

    private static async Task<Guid> AddDoneDocumentAsync(TestCatalog catalog)
    {
        var id = await IngestJobTests.AddDocumentAsync(catalog);
        await using var db = catalog.NewContext();
        var document = await db.Documents.SingleAsync(d => d.Id == id);
        document.Status = DocumentStatus.Done;
        document.PageCount = 3;
        db.Pages.AddRange(
            DocumentPage.Read(id, new PageText(1, "Nama ZHANG WEI", PageTextSource.Ocr, 0.9, 1, 1, [])),
            DocumentPage.Failed(id, 2, ReadFailures.WorkerLost),
            DocumentPage.Read(id, new PageText(3, "Kewarganegaraan RRT", PageTextSource.TextLayer, 1, 1, 1, [])));
        await db.SaveChangesAsync();
        return id;
    }

    private static async Task RunAsync(TestCatalog catalog, RecordingDocumentIndex index, Guid id)
    {
        await using var db = catalog.NewContext();
        await new IndexJob(db, index, TimeProvider.System, NullLogger<IndexJob>.Instance).RunAsync(id, CancellationToken.None);
    }
}
