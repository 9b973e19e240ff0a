using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Reading;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DocArchive.Ingest.Tests.Catalog;

public sealed class FailureDetailScrubTests
{
    private const string ParserDetail = "The PDF is corrupt and cannot be opened: The dictionary did not contain a number with the key /Size. " +
        "Dictionary way: <Root, 1 0>, <ID, [ UglyToad.PdfPig.Tokens.HexToken, UglyToad.PdfPig.Tokens.HexToken ]>.";

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task Migrate_ReplacesTheTechnicalDetailsOfFailuresByShortReasons_WhenRecordedBefore(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        Guid failed = Guid.NewGuid(), pageFailed = Guid.NewGuid(), notExtracted = Guid.NewGuid(), notStored = Guid.NewGuid();
        await using (var db = catalog.NewContext())
        {
            db.Documents.Add(Failed(failed, $"Reading failed 3 times; last error: {ParserDetail}"));
            var withPages = CatalogDatabaseTests.NewDocument(pageFailed, "pages");
            withPages.Status = DocumentStatus.Done;
            withPages.Pages.Add(new DocumentPage { DocumentId = pageFailed, Number = 1, Text = "Halaman satu", Source = PageTextSource.Ocr });
            withPages.Pages.Add(new DocumentPage
            {
                DocumentId = pageFailed, Number = 2,
                FailureReason = "Page 2 could not be read after 2 attempts: the OCR worker did not answer within 120 s and was killed.",
            });
            db.Documents.Add(withPages);
            db.Documents.Add(Extracted(notExtracted, "No fields could be extracted: System.InvalidOperationException: Sequence contains no elements"));
            db.Documents.Add(Extracted(notStored, "The extracted fields could not be stored: 23505: duplicate key value violates unique constraint \"IX_Persons_PassportNumber\""));
            await db.SaveChangesAsync();
            // Back to before failure codes: the failures are recorded as they were then, with their detail.
            await db.GetService<IMigrator>().MigrateAsync("FieldCorrections");
        }

        await using (var db = catalog.NewContext())
        {
            await CatalogDatabase.MigrateAsync(db, catalog.Options, CancellationToken.None);
        }

        await using var reader = catalog.NewContext();
        var documents = await reader.Documents.Include(d => d.Pages).ToDictionaryAsync(d => d.Id);
        Assert.Equal((ReadFailures.GaveUp, ReadFailures.Describe(ReadFailures.GaveUp)), (documents[failed].FailureCode, documents[failed].FailureReason));
        var pages = documents[pageFailed].Pages.OrderBy(p => p.Number).ToList();
        Assert.Null(pages[0].FailureReason);
        Assert.Equal((ReadFailures.Timeout, ReadFailures.Describe(ReadFailures.Timeout)), (pages[1].FailureCode, pages[1].FailureReason));
        Assert.Equal(ExtractionFailures.Failed, documents[notExtracted].ExtractionFailure);
        Assert.Equal(ExtractionFailures.NotStored, documents[notStored].ExtractionFailure);
        Assert.All(documents.Values, d => Assert.Equal(ActiveContent.None, d.ActiveContent));
    }

    private static Document Failed(Guid id, string reason)
    {
        var document = CatalogDatabaseTests.NewDocument(id, "failed");
        document.Status = DocumentStatus.Failed;
        document.FailureReason = reason;
        return document;
    }

    private static Document Extracted(Guid id, string failure)
    {
        var document = CatalogDatabaseTests.NewDocument(id, id.ToString("N"));
        document.Status = DocumentStatus.Done;
        document.ExtractionFailure = failure;
        return document;
    }
}
