using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Register.Persons;
using DocArchive.Ingest.Register.Statistics;
using DocArchive.Ingest.Tests.Catalog;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Tests.Register.Persons;

public sealed class PersonMergerTests
{
    private static readonly DateOnly Today = new(2025, 1, 20);

    private static readonly FixedClock Clock = new(Today);

    private static readonly DateOnly Born = new(1985, 4, 12);

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task CandidatesForAsync_OffersTheOtherOnBothPages_WhenPassportNumbersDifferByOneConfusionAndNameAndBirthAgree(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await StoredRecords.AddAsync(catalog, Permit(Holder("E12345678")));
        await StoredRecords.AddAsync(catalog, Permit(Holder("F12345678") with { Employer = "PT Cahaya Makmur" }));
        await using var db = catalog.NewContext();
        var (right, misread) = (await IdOfAsync(db, "E12345678"), await IdOfAsync(db, "F12345678"));
        var merger = new PersonMerger(db, Clock);

        var fromRight = Assert.Single(await merger.CandidatesForAsync(right, CancellationToken.None));
        var fromMisread = Assert.Single(await merger.CandidatesForAsync(misread, CancellationToken.None));
        var (open, total) = await merger.OpenCandidatesAsync(10, CancellationToken.None);

        Assert.Equal((right, misread, SamePersonReason.NameAndBirth), (fromRight.Person.Id, fromRight.Other.Id, fromRight.Reason));
        Assert.Equal((misread, right), (fromMisread.Person.Id, fromMisread.Other.Id));
        Assert.Equal(("ZHANG WEI", "F12345678", 1), (fromRight.Other.Name, fromRight.Other.PassportNumber, fromRight.Other.Documents));
        Assert.Equal(1, total);
        Assert.Equal([right, misread], open.SelectMany(c => new[] { c.Person.Id, c.Other.Id }).Order());
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task CandidatesForAsync_OffersNothing_WhenTheNumbersAreTwoCharactersApartOrTheBirthDiffers(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await StoredRecords.AddAsync(catalog, Permit(Holder("E12345678") with { Employer = "PT Satu" }));
        await StoredRecords.AddAsync(catalog, Permit(Holder("F1234567B") with { Employer = "PT Dua" }));
        await StoredRecords.AddAsync(catalog, Permit(Holder("E1234S678") with { DateOfBirth = new DateOnly(1986, 4, 12), Employer = "PT Tiga" }));
        await using var db = catalog.NewContext();
        var merger = new PersonMerger(db, Clock);

        Assert.Empty(await merger.CandidatesForAsync(await IdOfAsync(db, "E12345678"), CancellationToken.None));
        Assert.Equal(0, (await merger.OpenCandidatesAsync(10, CancellationToken.None)).Total);
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task OpenCandidatesAsync_OffersThePair_WhenNationalityAndAnEmployerAgreeThoughTheNamesDiffer(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await StoredRecords.AddAsync(catalog, Permit(Holder("EA1526974")));
        await StoredRecords.AddAsync(catalog, Permit(Holder("BA1526974") with { Name = "ZHANG WEl", DateOfBirth = null, Employer = "PT. SINAR BATU MINING Tbk" }));
        await using var db = catalog.NewContext();

        var (open, _) = await new PersonMerger(db, Clock).OpenCandidatesAsync(10, CancellationToken.None);

        Assert.Equal(SamePersonReason.NationalityAndEmployer, Assert.Single(open).Reason);
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task MarkDifferentAsync_KeepsThePairFromBeingOfferedAgain_WhenAnOfficerSaysTheyAreTwoPersons(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await StoredRecords.AddAsync(catalog, Permit(Holder("E12345678")));
        await StoredRecords.AddAsync(catalog, Permit(Holder("F12345678")));
        await using var db = catalog.NewContext();
        var (right, misread) = (await IdOfAsync(db, "E12345678"), await IdOfAsync(db, "F12345678"));
        var merger = new PersonMerger(db, Clock);

        var result = await merger.MarkDifferentAsync(misread, right, "pejabat1", CancellationToken.None);

        Assert.Equal(PersonDecisionOutcome.Done, result.Outcome);
        Assert.Empty(result.DocumentIds);
        Assert.Empty(await merger.CandidatesForAsync(right, CancellationToken.None));
        Assert.Empty(await merger.CandidatesForAsync(misread, CancellationToken.None));
        Assert.Equal(0, (await merger.OpenCandidatesAsync(10, CancellationToken.None)).Total);
        Assert.Equal(2, await db.Persons.CountAsync(p => p.MergedIntoId == null));
        var decision = await db.PersonDecisions.SingleAsync();
        Assert.Equal((PersonDecisionKind.Different, "pejabat1"), (decision.Kind, decision.DecidedBy));
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task MergeAsync_MovesTheDocumentsToThePersonWithMoreAndCountsThemOnce_WhenAnOfficerMergesAPair(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var first = await StoredRecords.AddAsync(catalog, Permit(Holder("E12345678")));
        var second = await StoredRecords.AddAsync(catalog, Permit(Holder("E12345678")));
        var misreadDocument = await StoredRecords.AddAsync(catalog, Permit(Holder("F12345678")));
        await using var db = catalog.NewContext();
        var (right, misread) = (await IdOfAsync(db, "E12345678"), await IdOfAsync(db, "F12345678"));
        Assert.Equal(2, (await ArchiveStatistics.ComputeAsync(db, Today, CancellationToken.None)).ByNationality.Single().Persons);
        var merger = new PersonMerger(db, Clock);

        var result = await merger.MergeAsync(misread, right, "pejabat1", CancellationToken.None);

        Assert.Equal(PersonDecisionOutcome.Done, result.Outcome);
        Assert.Equal((right, misread), (result.Decision!.PersonId, result.Decision.OtherPersonId));
        Assert.Equal([misreadDocument], result.DocumentIds);
        Assert.Equal(right, (await db.Persons.AsNoTracking().SingleAsync(p => p.Id == misread)).MergedIntoId);
        Assert.All(await db.PersonDocuments.AsNoTracking().ToListAsync(), l => Assert.Equal(right, l.PersonId));
        Assert.Equal(1, (await ArchiveStatistics.ComputeAsync(db, Today, CancellationToken.None)).ByNationality.Single().Persons);
        var profile = (await new PersonDirectory(db, Clock).FindAsync(misread, CancellationToken.None))!;
        Assert.Equal(right, profile.Id);
        Assert.Equal(new[] { first, misreadDocument, second }.Order(), profile.Documents.Select(d => d.DocumentId).Order());
        Assert.Equal(["E12345678", "F12345678"], profile.PassportNumbers);
        Assert.Empty(await merger.CandidatesForAsync(right, CancellationToken.None));
        var merge = Assert.Single(await merger.MergesIntoAsync(right, CancellationToken.None));
        Assert.Equal((misread, 1, "pejabat1"), (merge.Merged.Id, merge.Merged.Documents, merge.DecidedBy));
        Assert.Equal(PersonDecisionOutcome.Refused, (await merger.MergeAsync(right, misread, "pejabat1", CancellationToken.None)).Outcome);
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task MergeAsync_KeepsThePersonWhoseNumberFitsTheirCountrysPassports_WhenBothHaveAsManyDocuments(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await StoredRecords.AddAsync(catalog, Permit(Holder("E12345678")));
        await StoredRecords.AddAsync(catalog, Permit(Holder("F12345678")));
        await using var db = catalog.NewContext();
        var (right, misread) = (await IdOfAsync(db, "E12345678"), await IdOfAsync(db, "F12345678"));

        var result = await new PersonMerger(db, Clock).MergeAsync(misread, right, "pejabat1", CancellationToken.None);

        Assert.Equal((right, misread), (result.Decision!.PersonId, result.Decision.OtherPersonId));
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task UndoAsync_GivesTheMergedPersonItsDocumentsBack_WhenAnOfficerUndoesAMerge(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await StoredRecords.AddAsync(catalog, Permit(Holder("E12345678")));
        var misreadDocument = await StoredRecords.AddAsync(catalog, Permit(Holder("F12345678")));
        await using var db = catalog.NewContext();
        var (right, misread) = (await IdOfAsync(db, "E12345678"), await IdOfAsync(db, "F12345678"));
        var merger = new PersonMerger(db, Clock);
        var merged = await merger.MergeAsync(right, misread, "pejabat1", CancellationToken.None);

        var undone = await merger.UndoAsync(merged.Decision!.Id, "pejabat2", CancellationToken.None);

        Assert.Equal(PersonDecisionOutcome.Done, undone.Outcome);
        Assert.Equal([misreadDocument], undone.DocumentIds);
        Assert.Null((await db.Persons.AsNoTracking().SingleAsync(p => p.Id == misread)).MergedIntoId);
        Assert.Equal(misread, (await db.PersonDocuments.AsNoTracking().SingleAsync(l => l.DocumentId == misreadDocument)).PersonId);
        Assert.Equal(2, (await ArchiveStatistics.ComputeAsync(db, Today, CancellationToken.None)).ByNationality.Single().Persons);
        Assert.Empty(await merger.MergesIntoAsync(right, CancellationToken.None));
        Assert.Single(await merger.CandidatesForAsync(right, CancellationToken.None));
        var decision = await db.PersonDecisions.AsNoTracking().SingleAsync();
        Assert.Equal("pejabat2", decision.UndoneBy);
        Assert.NotNull(decision.UndoneAt);
        Assert.Equal(PersonDecisionOutcome.Refused, (await merger.UndoAsync(decision.Id, "pejabat2", CancellationToken.None)).Outcome);
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task StageAsync_KeepsTheDocumentWithTheSurvivor_WhenADocumentOfAMergedPersonIsReadAgain(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await StoredRecords.AddAsync(catalog, Permit(Holder("E12345678")));
        var misreadDocument = await StoredRecords.AddAsync(catalog, Permit(Holder("F12345678")));
        Guid right, misread, decision;
        await using (var db = catalog.NewContext())
        {
            (right, misread) = (await IdOfAsync(db, "E12345678"), await IdOfAsync(db, "F12345678"));
            decision = (await new PersonMerger(db, Clock).MergeAsync(right, misread, "pejabat1", CancellationToken.None)).Decision!.Id;
        }

        await ExtractionWriterTests.StoreAsync(catalog, misreadDocument, Permit(Holder("F12345678")));
        var later = await StoredRecords.AddAsync(catalog, Permit(Holder("F12345678")));

        await using (var db = catalog.NewContext())
        {
            var links = await db.PersonDocuments.AsNoTracking().Where(l => l.DocumentId == misreadDocument || l.DocumentId == later).ToListAsync();
            Assert.All(links, l => Assert.Equal((right, misread), (l.PersonId, l.MatchedPersonId)));
            Assert.Equal(2, await db.Persons.CountAsync());
            await new PersonMerger(db, Clock).UndoAsync(decision, "pejabat1", CancellationToken.None);
        }

        await ExtractionWriterTests.StoreAsync(catalog, misreadDocument, Permit(Holder("F12345678")));

        await using (var db = catalog.NewContext())
        {
            var links = await db.PersonDocuments.AsNoTracking().Where(l => l.DocumentId == misreadDocument || l.DocumentId == later).ToListAsync();
            Assert.All(links, l => Assert.Equal((misread, misread), (l.PersonId, l.MatchedPersonId)));
        }
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task StageAsync_RemovesTheMergedPersonWithItsDecision_WhenItsOnlyDocumentNoLongerNamesIt(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await StoredRecords.AddAsync(catalog, Permit(Holder("E12345678")));
        var misreadDocument = await StoredRecords.AddAsync(catalog, Permit(Holder("F12345678")));
        await using (var db = catalog.NewContext())
        {
            await new PersonMerger(db, Clock).MergeAsync(await IdOfAsync(db, "E12345678"), await IdOfAsync(db, "F12345678"), "pejabat1", CancellationToken.None);
        }

        await ExtractionWriterTests.StoreAsync(catalog, misreadDocument, Permit(Holder("E12345678")));

        await using (var db = catalog.NewContext())
        {
            Assert.Equal("E12345678", (await db.Persons.SingleAsync()).PassportNumber);
            Assert.Empty(await db.PersonDecisions.ToListAsync());
        }
    }

    private static PersonRecord Holder(string passport) => StoredRecords.Worker("ZHANG WEI", passport, "PT Sinar Batu Mining") with { DateOfBirth = Born };

    private static ExtractionRecord Permit(PersonRecord holder) => new() { DocumentType = DocumentTypes.Permit, Persons = [holder] };

    private static async Task<Guid> IdOfAsync(CatalogDbContext db, string passport) =>
        (await db.Persons.AsNoTracking().SingleAsync(p => p.PassportNumber == passport)).Id;
}
