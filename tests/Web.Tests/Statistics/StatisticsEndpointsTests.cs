using System.Net.Http.Json;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Register.Statistics;

namespace DocArchive.Web.Tests.Statistics;

public sealed class StatisticsEndpointsTests
{
    [Fact]
    public async Task Get_GivesTheCountsOfDistinctWorkers_WhenDocumentsNameThemSeveralTimes()
    {
        await using var app = new DocArchiveApplication();
        using var analyst = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);
        await StatisticsArchive.SeedAsync(app);

        var statistics = (await analyst.GetFromJsonAsync<WorkerStatistics>(new Uri("/api/statistics", UriKind.Relative), DocArchiveApplication.Json))!;

        Assert.Equal(3, statistics.Persons);
        Assert.Equal([new WorkerCount("CHN", "CHN", 2), new WorkerCount("KOR", "KOR", 1)], statistics.ByNationality);
        Assert.Equal([("PT Sinar Batu Mining", 2), (StatisticsArchive.Markup, 1)], statistics.ByEmployer.Select(e => (e.Label, e.Persons)));
        Assert.Equal("SINAR BATU MINING", statistics.ByEmployer[0].Key);
        Assert.Equal([new WorkerCount("KOTA JAMBI", "Kota Jambi", 2), new WorkerCount("TENGGARONG", "Tenggarong", 1)], statistics.ByDistrict);
        Assert.Equal(1, statistics.PermitsExpired);
        Assert.Equal([0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], statistics.PermitsEnding.Select(m => m.Persons));
        Assert.Equal(new DateOnly(StatisticsArchive.Today.Year, StatisticsArchive.Today.Month, 1), statistics.PermitsEnding[0].Month);
        Assert.Equal((0, 1), (statistics.PermitsEndingLater, statistics.PermitsUnknown));
    }
}
