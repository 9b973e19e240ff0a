using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Register.Watch;
using DocArchive.Ingest.Tests.Catalog;

namespace DocArchive.Ingest.Tests.Register.Watch;

public sealed class ExpiryWatchTests
{
    private static readonly DateOnly Today = new(2025, 1, 20);

    [Theory]
    [MemberData(nameof(TestCatalog.Providers), MemberType = typeof(TestCatalog))]
    public async Task ListAsync_ListsEachPersonsLatestPermitByEmployerAndPlace_WhenItEndedRecentlyOrEndsWithinTheWindow(string provider)
    {
        await using var catalog = await TestCatalog.CreateAsync(provider);
        await Permit(catalog, "ZHANG WEI", "E12345678", "PT Sinar Batu Mining", Today.AddDays(-400));
        var renewed = await Permit(catalog, "ZHANG WEI", "E12345678", "PT Sinar Batu Mining", Today.AddDays(20));
        await Permit(catalog, "LI MING", "E87654321", "PT Cahaya Makmur Minerals", Today.AddDays(45));
        await Permit(catalog, "WANG FANG", "E11112222", "PT Cahaya Makmur Minerals", Today.AddDays(200));
        await Permit(catalog, "CHEN JIE", "E33334444", "PT Cahaya Makmur Minerals", Today.AddDays(-ExpiryWatch.RecentDays - 1));
        await Permit(catalog, "LIU YANG", "E55556666", "PT Cahaya Makmur Minerals", Today.AddDays(-ExpiryWatch.RecentDays));
        await StoredRecords.AddAsync(catalog, new ExtractionRecord
        {
            DocumentType = DocumentTypes.FieldReport,
            DocumentDate = Today.AddDays(-10),
            Location = "Kota Jambi",
            Persons =
            [
                StoredRecords.Worker("ZHANG WEL", "E12345678", "PT. SINAR BATU MINING Tbk") with { ExpiryDate = Today.AddDays(20) },
                StoredRecords.Worker("KIM MINJUN", "M12345678", "Sinar Batu Mining, PT") with { ExpiryDate = Today.AddDays(-5) },
            ],
        });
        await StoredRecords.AddAsync(catalog, new ExtractionRecord
        {
            DocumentType = DocumentTypes.Rptka,
            Persons = [StoredRecords.Worker("PARK JISOO", "M87654321", "PT Sinar Batu Mining") with { ExpiryDate = Today.AddDays(3) }],
        });
        await using var db = catalog.NewContext();
        var watch = new ExpiryWatch(db, new FixedClock(Today));

        var month = await watch.ListAsync(30, older: false, CancellationToken.None);
        var quarter = await watch.ListAsync(90, older: false, CancellationToken.None);
        var all = await watch.ListAsync(30, older: true, CancellationToken.None);

        Assert.Equal((Today, 30, 1, 2, 1), (month.AsOf, month.Days, month.Older, month.Expired, month.Expiring));
        Assert.Equal((1, 3, 1), (all.Older, all.Expired, all.Expiring));
        Assert.Contains(all.ByEmployer.SelectMany(g => g.Entries), e => e.Name == "CHEN JIE");
        Assert.DoesNotContain(month.ByEmployer.SelectMany(g => g.Entries), e => e.Name == "CHEN JIE");
        Assert.Equal([("CAHAYA MAKMUR MINERALS", "LIU YANG", -ExpiryWatch.RecentDays)], month.ByEmployer.Where(g => g.Key != "SINAR BATU MINING").Select(g => (g.Key, g.Entries[0].Name, g.Entries[0].DaysLeft)));
        var sinar = month.ByEmployer[0];
        Assert.Equal(("SINAR BATU MINING", 1, 1), (sinar.Key, sinar.Expired, sinar.Expiring));
        Assert.Equal([("KIM MINJUN", -5, true), ("ZHANG WEI", 20, false)], sinar.Entries.Select(e => (e.Name, e.DaysLeft, e.Expired)));
        Assert.Equal(renewed, sinar.Entries[1].DocumentId);
        Assert.Equal("2C21AB0001", sinar.Entries[1].PermitNumber);
        Assert.Equal([("Kota Jambi", 2), (null, 1)], month.ByLocation.Select(g => (g.Name, g.Entries.Count)));
        Assert.Equal(["LI MING", "ZHANG WEI"], quarter.ByEmployer.Select(g => g.Entries.Last().Name));
        Assert.Equal([("KOTA JAMBI", 2), (null, 2)], quarter.ByLocation.Select(g => (g.Key, g.Entries.Count)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(ExpiryWatch.MaxDays + 1)]
    public async Task ListAsync_Throws_WhenTheWindowIsOutOfRange(int days)
    {
        await using var catalog = await TestCatalog.CreateAsync();
        await using var db = catalog.NewContext();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => new ExpiryWatch(db, new FixedClock(Today)).ListAsync(days, older: false, CancellationToken.None));
    }

    private static Task<Guid> Permit(TestCatalog catalog, string name, string passport, string employer, DateOnly expiry) =>
        StoredRecords.AddAsync(catalog, new ExtractionRecord
        {
            DocumentType = DocumentTypes.Permit,
            Persons = [StoredRecords.Worker(name, passport, employer) with { PermitNumber = "2C21AB0001", IssueDate = expiry.AddYears(-1), ExpiryDate = expiry }],
        });
}
