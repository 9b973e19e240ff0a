using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Register.Persons;
using DocArchive.Ingest.Tests.Catalog;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Tests.Register.Persons;

public sealed class PersonDirectoryTests
{
    private static readonly FixedClock Clock = new(new DateOnly(2025, 1, 20));

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task FindAsync_GathersDocumentsSpellingsEmployersAndPermits_WhenSeveralDocumentsNameThePerson(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var permit2023 = await StoreAsync(catalog, DocumentTypes.Permit, null, Worker("ZHANG WEI", "PT Sinar Batu Mining") with
        {
            PermitNumber = "2C11AA0001",
            IssueDate = new DateOnly(2023, 1, 10),
            ExpiryDate = new DateOnly(2024, 1, 9),
        });
        var report = await StoreAsync(catalog, DocumentTypes.FieldReport, new DateOnly(2024, 3, 14), Worker("ZHANG WEL", "PT. SINAR BATU MINING Tbk") with
        {
            ExpiryDate = new DateOnly(2025, 1, 9),
        });
        var permit2024 = await StoreAsync(catalog, DocumentTypes.Permit, null, Worker("ZHANG WEI", "PT Cahaya Makmur Minerals") with
        {
            PermitNumber = "2C11AA0002",
            IssueDate = new DateOnly(2024, 6, 1),
            ExpiryDate = new DateOnly(2025, 5, 31),
        });
        await using var db = catalog.NewContext();
        var id = (await db.Persons.SingleAsync()).Id;

        var profile = (await new PersonDirectory(db, Clock).FindAsync(id, CancellationToken.None))!;

        Assert.Equal(("ZHANG WEI", "E12345678", "CHN"), (profile.Name, profile.PassportNumber, profile.Nationality));
        Assert.Equal([permit2024, report, permit2023], profile.Documents.Select(d => d.DocumentId));
        Assert.Equal([new DateOnly(2024, 6, 1), new DateOnly(2024, 3, 14), new DateOnly(2023, 1, 10)], profile.Documents.Select(d => d.Date));
        Assert.Equal(DocumentTypes.FieldReport, profile.Documents[1].DocumentType);
        Assert.Equal("ZHANG WEL", profile.Documents[1].AsRead.Name);
        Assert.Equal(["ZHANG WEI", "ZHANG WEL"], profile.Names);
        Assert.Equal(["E12345678"], profile.PassportNumbers);
        Assert.Equal(
            [
                new EmployerPeriod("PT. SINAR BATU MINING Tbk", "SINAR BATU MINING", new DateOnly(2023, 1, 10), new DateOnly(2024, 3, 14), 2),
                new EmployerPeriod("PT Cahaya Makmur Minerals", "CAHAYA MAKMUR MINERALS", new DateOnly(2024, 6, 1), new DateOnly(2024, 6, 1), 1),
            ],
            profile.Employers);
        Assert.Equal(
            [("2C11AA0002", new DateOnly(2025, 5, 31), permit2024), (null, new DateOnly(2025, 1, 9), report), ("2C11AA0001", new DateOnly(2024, 1, 9), permit2023)],
            profile.Permits.Select(p => (p.PermitNumber, p.ExpiryDate, Assert.Single(p.DocumentIds))));
        Assert.Equal([false, true, true], profile.Permits.Select(p => p.Expired));
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task FindAsync_GivesEachReportsFindingAndNoRptkaPeriodAsPermit_WhenReportsAndAnApprovalNameThePerson(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var kim = ExtractionWriterTests.Person("KIM MINJUN", "M12345678", "KOR", null);
        var first = await StoredRecords.AddAsync(catalog, Report(new DateOnly(2024, 3, 14), kim, "sesuai"));
        var second = await StoredRecords.AddAsync(catalog, Report(new DateOnly(2025, 1, 8), kim with { ExpiryDate = new DateOnly(2025, 1, 1) }, "overstay"));
        await StoredRecords.AddAsync(catalog, new ExtractionRecord
        {
            DocumentType = DocumentTypes.Rptka,
            DocumentDate = new DateOnly(2023, 5, 1),
            Persons = [kim with { ExpiryDate = new DateOnly(2026, 5, 1) }],
        });
        await using var db = catalog.NewContext();
        var id = (await db.Persons.SingleAsync(p => p.PassportNumber == "M12345678")).Id;

        var profile = (await new PersonDirectory(db, Clock).FindAsync(id, CancellationToken.None))!;

        Assert.Equal([(second, "overstay"), (first, "sesuai")], profile.Findings.Select(f => (f.DocumentId, f.Finding)));
        Assert.Equal(new DateOnly(2025, 1, 8), profile.Findings[0].Date);
        var permit = Assert.Single(profile.Permits);
        Assert.Equal((new DateOnly(2025, 1, 1), true), (permit.ExpiryDate, permit.Expired));
        Assert.Equal(3, profile.Documents.Count);
    }

    /// <summary>A field report naming ZHANG WEI first and <paramref name="person"/> second, with what it found about each.</summary>
    private static ExtractionRecord Report(DateOnly date, PersonRecord person, string finding) => new()
    {
        DocumentType = DocumentTypes.FieldReport,
        DocumentDate = date,
        Persons = [Worker("ZHANG WEI", "PT Sinar Batu Mining"), person],
        Fields = new Dictionary<string, FieldEvidence>
        {
            [FieldKeys.Finding] = StoredRecords.Read("izin tidak sesuai"),
            [FieldKeys.Person(1, FieldKeys.Finding)] = StoredRecords.Read(finding),
        },
    };

    [Fact]
    public async Task FindAsync_ReturnsNull_WhenThePersonIsUnknown()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        await using var db = catalog.NewContext();

        Assert.Null(await new PersonDirectory(db, Clock).FindAsync(Guid.NewGuid(), CancellationToken.None));
    }

    private static PersonRecord Worker(string name, string employer) => StoredRecords.Worker(name, "E12345678", employer);

    private static Task<Guid> StoreAsync(TestCatalog catalog, string type, DateOnly? date, PersonRecord person) =>
        StoredRecords.AddAsync(catalog, new ExtractionRecord { DocumentType = type, DocumentDate = date, Persons = [person] });
}
