using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Register.Reconciliation;
using DocArchive.Ingest.Tests.Catalog;

namespace DocArchive.Ingest.Tests.Register.Reconciliation;

public sealed class ReconciliationRegisterTests
{
    private const string Tjb = "Tanjung Jabung Barat";

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task ComputeAsync_CountsEverySourceAndFindsEveryPlantedDifference_WhenTheProvinceIsAskedFor(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await PlantedProvince.AddAsync(catalog);

        var register = await ComputeAsync(catalog, new ReconciliationQuery(PlantedProvince.AsOf));

        Assert.Equal((PlantedProvince.AsOf, 12), (register.AsOf, register.Months));
        Assert.Equal(new SourceCounts(10, 6, 1, 5, 2, 3, 7), register.Total);
        Assert.Equal(
            [
                ("Jambi", "Kota Jambi", new SourceCounts(4, 2, 1, 1, 2, 3, 3)),
                ("Jambi", Tjb, new SourceCounts(4, 2, 0, 4, 0, 0, 2)),
                ("Jambi", "Bungo", new SourceCounts(1, 1, 0, 0, 0, 0, 1)),
                ("Jambi", "Muaro Jambi", new SourceCounts(1, 1, 0, 0, 0, 0, 1)),
            ],
            register.ByDistrict.Select(r => (r.Province, r.Key, r.Counts)));
        Assert.Equal(
            [
                ("SINAR BATU MINING", PlantedProvince.Sinar, new SourceCounts(6, 3, 1, 3, 2, 3, 4)),
                ("BUMI ABADI", PlantedProvince.Bumi, new SourceCounts(2, 2, 0, 1, 0, 0, 1)),
                ("CAHAYA MAKMUR MINERALS", PlantedProvince.Cahaya, new SourceCounts(2, 1, 0, 1, 0, 0, 2)),
            ],
            register.ByEmployer.Select(r => (r.Key, r.Label, r.Counts)));
        Assert.Equal(
            [
                (FindingCodes.Overstay, "OVER STAYER", "SINAR BATU MINING", Tjb),
                (FindingCodes.NoPermit, "NO PERMIT", "CAHAYA MAKMUR MINERALS", Tjb),
                (FindingCodes.OtherEmployer, "OTHER EMPLOYER", "SINAR BATU MINING", "Kota Jambi"),
                (FindingCodes.TwoEmployers, "TWO PERMITS", "CAHAYA MAKMUR MINERALS", "Bungo"),
                (FindingCodes.RptkaExceeded, "IN ORDER, MINUTES ENGINEER", "SINAR BATU MINING", "Kota Jambi"),
                (FindingCodes.RptkaUnapproved, "UNAPPROVED WELDER", "SINAR BATU MINING", "Kota Jambi"),
                (FindingCodes.PermitOnly, "PERMIT ONLY", "BUMI ABADI", "Muaro Jambi"),
            ],
            register.Findings.Select(f => (f.Code, string.Join(", ", f.Persons.Select(p => p.Name)), f.EmployerKey!, f.District!)));
        Assert.All(register.FindingCounts, c => Assert.Equal((1, c.Code.StartsWith("rptka-exceeded", StringComparison.Ordinal) ? 2 : 1), (c.Findings, c.Persons)));
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task ComputeAsync_ShowsEachFindingsDocumentsWithTheirPages_WhenADifferenceIsFound(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var overstayReport = await PlantedProvince.AddAsync(catalog);

        var register = await ComputeAsync(catalog, new ReconciliationQuery(PlantedProvince.AsOf));

        var overstay = register.Findings.Single(f => f.Code == FindingCodes.Overstay);
        Assert.Equal(new DateOnly(2026, 4, 1), overstay.Date);
        Assert.Equal(
            [(overstayReport, DocumentTypes.FieldReport, new DateOnly(2026, 4, 1), 2), (overstay.Documents[1].DocumentId, DocumentTypes.Permit, new DateOnly(2024, 1, 1), 1)],
            overstay.Documents.Select(d => (d.DocumentId, d.DocumentType, d.Date, d.Page)));
        var person = Assert.Single(overstay.Persons);
        Assert.Equal(("E10000002", "CHN", new DateOnly(2025, 12, 31), Tjb, PlantedProvince.Sinar), (person.PassportNumber, person.Nationality, person.PermitEnd, person.District, person.Employer));
        var exceeded = register.Findings.Single(f => f.Code == FindingCodes.RptkaExceeded);
        Assert.Equal(("Mining Engineer", 1, 2), (exceeded.Position, exceeded.Allowed, exceeded.Found));
        Assert.Equal([DocumentTypes.Rptka, DocumentTypes.Minutes, DocumentTypes.FieldReport], exceeded.Documents.Select(d => d.DocumentType));
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task ComputeAsync_CountsOnlyTheDistrictOrEmployer_WhenOneIsAskedForByAnyOfItsNames(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await PlantedProvince.AddAsync(catalog);

        var district = await ComputeAsync(catalog, new ReconciliationQuery(PlantedProvince.AsOf, District: "Tanjabbar"));
        var employer = await ComputeAsync(catalog, new ReconciliationQuery(PlantedProvince.AsOf, Employer: "Sinar Batu Mining, PT"));

        Assert.Equal(Tjb, district.District!.Name);
        Assert.Equal(new SourceCounts(4, 2, 0, 4, 0, 0, 2), district.Total);
        Assert.Equal([FindingCodes.Overstay, FindingCodes.NoPermit], district.Findings.Select(f => f.Code));
        Assert.Equal(("SINAR BATU MINING", PlantedProvince.Sinar), (employer.EmployerKey, employer.Employer));
        Assert.Equal(new SourceCounts(6, 3, 1, 3, 2, 3, 4), employer.Total);
        Assert.Equal(
            [FindingCodes.Overstay, FindingCodes.OtherEmployer, FindingCodes.RptkaExceeded, FindingCodes.RptkaUnapproved],
            employer.Findings.Select(f => f.Code));
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task ComputeAsync_CountsWhatTheDocumentsOfTheDaySaid_WhenAskedForAnotherDay(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await PlantedProvince.AddAsync(catalog);

        var later = await ComputeAsync(catalog, new ReconciliationQuery(new DateOnly(2026, 8, 15)));
        var register = await ComputeAsync(catalog, new ReconciliationQuery(PlantedProvince.AsOf));

        Assert.Contains(later.Findings, f => f.Code == FindingCodes.NoPermit && f.Persons[0].Name == "LATER ARRIVAL");
        Assert.Equal(ReconciliationRegister.HistoryMonths, register.History.Count);
        Assert.Equal((new DateOnly(2024, 7, 31), new SourceCounts(3, 2, 0, 1, 0)), (register.History[0].Day, register.History[0].Counts));
        Assert.Equal(new DateOnly(2026, 5, 31), register.History[^2].Day);
        Assert.Equal((PlantedProvince.AsOf, register.Total with { Allowed = 0, Findings = 0 }), (register.History[^1].Day, register.History[^1].Counts));
    }

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task ListAsync_GivesThePersonsBehindACount_WithTheDocumentsThatCountThem(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await PlantedProvince.AddAsync(catalog);
        await using var db = catalog.NewContext();
        var register = new ReconciliationRegister(db, new FixedClock(PlantedProvince.AsOf));

        var site = await register.ListAsync(new ReconciliationQuery(District: "Kuala Tungkal"), ReconciliationSource.Site, CancellationToken.None);
        var unplaced = await register.ListAsync(new ReconciliationQuery(District: ReconciliationRegister.None), ReconciliationSource.Known, CancellationToken.None);

        Assert.Equal(["IN ORDER", "NO PERMIT", "OVER STAYER", "SOMEONE ELSE"], site.Select(p => p.Name));
        var inOrder = site[0];
        Assert.Equal([ReconciliationSource.Permit, ReconciliationSource.Site], inOrder.Sources);
        Assert.Equal([DocumentTypes.FieldReport, DocumentTypes.Permit], inOrder.Documents.Select(d => d.DocumentType));
        Assert.Equal(("SINAR BATU MINING", "Mining Engineer", new DateOnly(2026, 3, 10)), (inOrder.EmployerKey, inOrder.Position, inOrder.LastSeen));
        Assert.Empty(unplaced);
    }

    private static async Task<Ingest.Register.Reconciliation.Reconciliation> ComputeAsync(TestCatalog catalog, ReconciliationQuery query)
    {
        await using var db = catalog.NewContext();
        return await new ReconciliationRegister(db, new FixedClock(PlantedProvince.AsOf)).ComputeAsync(query, CancellationToken.None);
    }
}
