using DocArchive.Ingest.Corrections;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Register.Persons;
using DocArchive.Ingest.Tests.Catalog;
using DocArchive.Ingest.Tests.Jobs;
using DocArchive.Ingest.Tests.Register;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocArchive.Ingest.Tests.Corrections;

public sealed class SamePersonDecisionsTests
{
    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task MergeAndUndo_IndexTheMovedDocumentsAgain_AndMarkingDifferentIndexesNothing(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await StoredRecords.AddAsync(catalog, Permit("E12345678"));
        var misreadDocument = await StoredRecords.AddAsync(catalog, Permit("E1234567B"));
        await using var db = catalog.NewContext();
        var right = (await db.Persons.AsNoTracking().SingleAsync(p => p.PassportNumber == "E12345678")).Id;
        var misread = (await db.Persons.AsNoTracking().SingleAsync(p => p.PassportNumber == "E1234567B")).Id;
        var jobs = new RecordingJobClient();
        var decisions = new SamePersonDecisions(new PersonMerger(db, TimeProvider.System), jobs, NullLogger<SamePersonDecisions>.Instance);

        await decisions.MarkDifferentAsync(right, misread, "pejabat1", CancellationToken.None);
        Assert.Empty(jobs.DocumentIdsFor<IndexJob>());
        var merged = await decisions.MergeAsync(right, misread, "pejabat1", CancellationToken.None);
        await decisions.UndoAsync(merged.Decision!.Id, "pejabat1", CancellationToken.None);

        Assert.Equal([misreadDocument, misreadDocument], jobs.DocumentIdsFor<IndexJob>());
    }

    private static ExtractionRecord Permit(string passport) =>
        new() { DocumentType = DocumentTypes.Permit, Persons = [ExtractionWriterTests.Person("ZHANG WEI", passport, "CHN", new DateOnly(1985, 4, 12))] };
}
