using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Register.Statistics;
using DocArchive.Ingest.Tests.Catalog;
using DocArchive.Ingest.Tests.Jobs;

namespace DocArchive.Ingest.Tests.Register.Statistics;

public sealed class ArchiveStatisticsTests
{
    private static readonly DateOnly Today = new(2025, 12, 15);

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task ComputeAsync_CountsDistinctPersonsPerGroup_WhenDocumentsNameThemSeveralTimes(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        var zhang = Worker("ZHANG WEI", "E12345678", "CHN");
        await StoreAsync(catalog, null, "PT Sinar Batu Mining", zhang with { ExpiryDate = new DateOnly(2025, 12, 20) });
        await StoreAsync(
            catalog,
            "KOTA JAMBI",
            "PT. SINAR BATU MINING Tbk",
            zhang with { ExpiryDate = new DateOnly(2026, 3, 1) },
            Worker("KIM MINJUN", "M12345678", "KOR") with { ExpiryDate = new DateOnly(2025, 11, 30) });
        await StoreAsync(
            catalog,
            "Kota Jambi",
            "PT Cahaya Makmur Minerals",
            Worker("RAJ KUMAR", "K1234567", "IND"),
            Worker("LI NA", "E87654321", "CHN") with { ExpiryDate = new DateOnly(2026, 12, 1) },
            zhang);
        await StoreAsync(catalog, null, null, Worker("LEE SEO", "M00000001", null) with { ExpiryDate = Today });
        await using var db = catalog.NewContext();

        var statistics = await ArchiveStatistics.ComputeAsync(db, Today, CancellationToken.None);

        Assert.Equal(5, statistics.Persons);
        Assert.Equal([new("CHN", "CHN", 2), new("IND", "IND", 1), new("KOR", "KOR", 1), new(null, null, 1)], statistics.ByNationality);
        Assert.Equal(
            [
                new WorkerCount("CAHAYA MAKMUR MINERALS", "PT Cahaya Makmur Minerals", 3),
                new WorkerCount("SINAR BATU MINING", "PT. SINAR BATU MINING Tbk", 2),
                new WorkerCount(null, null, 1),
            ],
            statistics.ByEmployer);
        Assert.Equal([new WorkerCount("KOTA JAMBI", "Kota Jambi", 4), new WorkerCount(null, null, 1)], statistics.ByDistrict);
        Assert.Equal(1, statistics.PermitsExpired);
        Assert.Equal(ArchiveStatistics.MonthsAhead, statistics.PermitsEnding.Count);
        Assert.Equal(
            [new ExpiryMonth(new DateOnly(2025, 12, 1), 1), new ExpiryMonth(new DateOnly(2026, 3, 1), 1)],
            statistics.PermitsEnding.Where(m => m.Persons > 0));
        Assert.Equal((new DateOnly(2025, 12, 1), new DateOnly(2026, 11, 1)), (statistics.PermitsEnding[0].Month, statistics.PermitsEnding[^1].Month));
        Assert.Equal((1, 1), (statistics.PermitsEndingLater, statistics.PermitsUnknown));
    }

    [Fact]
    public async Task ComputeAsync_GivesZeros_WhenTheCatalogHasNoPersons()
    {
        await using var catalog = await TestCatalog.CreateAsync();
        await using var db = catalog.NewContext();

        var statistics = await ArchiveStatistics.ComputeAsync(db, Today, CancellationToken.None);

        Assert.Equal(0, statistics.Persons);
        Assert.Empty(statistics.ByNationality);
        Assert.Empty(statistics.ByEmployer);
        Assert.Empty(statistics.ByDistrict);
        Assert.All(statistics.PermitsEnding, m => Assert.Equal(0, m.Persons));
    }

    private static PersonRecord Worker(string name, string passport, string? nationality) =>
        ExtractionWriterTests.Person(name, passport, nationality, null) with { Employer = null };

    private static async Task StoreAsync(TestCatalog catalog, string? location, string? employer, params PersonRecord[] persons)
    {
        var id = await IngestJobTests.AddDocumentAsync(catalog, Guid.NewGuid().ToString("N"));
        await ExtractionWriterTests.StoreAsync(catalog, id, new ExtractionRecord
        {
            DocumentType = DocumentTypes.FieldReport,
            Employer = employer,
            Location = location,
            Persons = [.. persons.Select(p => p with { Employer = p.Employer ?? employer })],
        });
    }
}
