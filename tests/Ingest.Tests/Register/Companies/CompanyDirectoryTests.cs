using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Register.Companies;
using DocArchive.Ingest.Tests.Catalog;
using DocArchive.Text;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Tests.Register.Companies;

public sealed class CompanyDirectoryTests
{
    private static readonly DateOnly Today = new(2025, 1, 20);

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task FindAsync_SplitsWorkersAndSetsApprovedBesideFound_WhenPermitsReportsAndAnRptkaNameTheCompany(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var rptka = await StoredRecords.AddAsync(catalog, new ExtractionRecord
        {
            DocumentType = DocumentTypes.Rptka,
            DocumentNumber = "KEP.12345/PPTK/PTA/2024",
            DocumentDate = new DateOnly(2024, 3, 5),
            Employer = "PT Sinar Batu Mining",
            Fields = StoredRecords.Positions(("Mining Engineer", "2", "2025-12-31"), ("Geologist", null, "2025-12-31"), ("Chemist", "4", "2024-12-31")),
        });
        var permit = await StoredRecords.AddAsync(catalog, new ExtractionRecord
        {
            DocumentType = DocumentTypes.Permit,
            Persons = [StoredRecords.Worker("ZHANG WEI", "E12345678", "PT. SINAR BATU MINING") with
            {
                Position = "MINING ENGINEER",
                PermitNumber = "2C21AB0001",
                IssueDate = new DateOnly(2024, 6, 1),
                ExpiryDate = new DateOnly(2025, 5, 31),
            }],
        });
        var report = await StoredRecords.AddAsync(catalog, new ExtractionRecord
        {
            DocumentType = DocumentTypes.FieldReport,
            DocumentDate = new DateOnly(2024, 9, 2),
            Employer = "PT Cahaya Makmur Minerals",
            Location = "Kota Jambi",
            Persons =
            [
                StoredRecords.Worker("ZHANG WEL", "E12345678", "Sinar Batu Mining, PT") with { ExpiryDate = new DateOnly(2025, 5, 31) },
                StoredRecords.Worker("LI MING", "E87654321", "PT Sinar Batu Mining Tbk") with { ExpiryDate = new DateOnly(2024, 12, 1) },
                StoredRecords.Worker("WANG FANG", "E11112222", "PT Cahaya Makmur Minerals") with { ExpiryDate = new DateOnly(2025, 8, 1) },
            ],
        });
        await using var db = catalog.NewContext();

        var company = (await new CompanyDirectory(db, new FixedClock(Today)).FindAsync("sinar batu mining", CancellationToken.None))!;

        Assert.Equal(("SINAR BATU MINING", Today), (company.Key, company.AsOf));
        Assert.Contains("PT Sinar Batu Mining", company.Names);
        var current = Assert.Single(company.CurrentWorkers);
        Assert.Equal(("ZHANG WEI", "MINING ENGINEER", "2C21AB0001", new DateOnly(2025, 5, 31), 2), (current.Name, current.Position, current.PermitNumber, current.ExpiryDate, current.Documents));
        Assert.Equal(new DateOnly(2024, 9, 2), current.LastSeen);
        Assert.Equal(["LI MING"], company.PastWorkers.Select(w => w.Name));
        var approval = Assert.Single(company.Approvals);
        Assert.Equal((rptka, "KEP.12345/PPTK/PTA/2024"), (approval.DocumentId, approval.DecisionNumber));
        Assert.Equal(["Mining Engineer", "Geologist", "Chemist"], approval.Positions.Select(p => p.Title));
        Assert.Equal(
            [new PositionTally("Mining Engineer", 2, 1), new PositionTally("Geologist", 1, 0)],
            company.Positions);

        // The permit is undated: it counts from its upload, today.
        Assert.Equal([permit, report, rptka], company.Documents.Select(d => d.DocumentId));
        Assert.Equal("Kota Jambi", company.Documents[1].Location);
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task FindAsync_CountsWorkersWithoutAPositionApart_WhenNoApprovalIsInForce(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await StoredRecords.AddAsync(catalog, new ExtractionRecord
        {
            DocumentType = DocumentTypes.FieldReport,
            DocumentDate = new DateOnly(2025, 1, 10),
            Persons =
            [
                StoredRecords.Worker("ZHANG WEI", "E12345678", "CV Maju Jaya") with { ExpiryDate = new DateOnly(2025, 6, 1) },
                StoredRecords.Worker("LI MING", "E87654321", "CV Maju Jaya") with { ExpiryDate = new DateOnly(2025, 7, 1), Position = "Welder" },
            ],
        });
        await using var db = catalog.NewContext();

        var company = (await new CompanyDirectory(db, new FixedClock(Today)).FindAsync("MAJU-JAYA", CancellationToken.None))!;

        Assert.Equal("CV Maju Jaya", company.Name);
        Assert.Equal([new PositionTally("Welder", 0, 1), new PositionTally(null, 0, 1)], company.Positions);
        Assert.Empty(company.Approvals);
    }

    [Fact]
    public async Task FindAsync_FindsTheCompany_WhenTheCatalogHoldsAKeyOfAnEarlierVersion()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        await StoredRecords.AddAsync(catalog, new ExtractionRecord
        {
            DocumentType = DocumentTypes.Permit,
            Persons = [StoredRecords.Worker("ZHANG WEI", "E12345678", "Yayasan Café Nusantara") with { ExpiryDate = Today.AddDays(30) }],
        });
        await using var db = catalog.NewContext();
        await db.PersonDocuments.ExecuteUpdateAsync(s => s.SetProperty(l => l.EmployerKey, "YAYASAN CAFÉ NUSANTARA"), CancellationToken.None);
        var searchKey = CompanyNames.Key("Yayasan Café Nusantara");

        var company = await new CompanyDirectory(db, new FixedClock(Today)).FindAsync(searchKey, CancellationToken.None);

        Assert.Equal("CAFE NUSANTARA", searchKey);
        Assert.Equal(("YAYASAN CAFÉ NUSANTARA", "Yayasan Café Nusantara"), (company?.Key, company?.Name));
        Assert.Single(company!.CurrentWorkers);
    }

    [Theory]
    [InlineData("PT")]
    [InlineData("tidak ada")]
    public async Task FindAsync_ReturnsNull_WhenNoDocumentNamesTheCompany(string key)
    {
        await using var catalog = await TestCatalog.CreateAsync();
        await StoredRecords.AddAsync(catalog, new ExtractionRecord { DocumentType = DocumentTypes.Permit, Employer = "PT Sinar Batu Mining" });
        await using var db = catalog.NewContext();

        Assert.Null(await new CompanyDirectory(db, new FixedClock(Today)).FindAsync(key, CancellationToken.None));
    }
}
