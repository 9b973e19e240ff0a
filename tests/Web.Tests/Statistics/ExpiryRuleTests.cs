using System.Net.Http.Json;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Register.Statistics;
using DocArchive.Ingest.Register.Watch;
using DocArchive.Search.Querying;

namespace DocArchive.Web.Tests.Statistics;

/// <summary>
/// The watch, the statistics and the search count the ended permits by one rule: a person's permit is the latest end
/// in any document but an RPTKA, and it has ended when that day is before today.
/// </summary>
public sealed class ExpiryRuleTests
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    [Fact]
    public async Task WatchStatisticsAndSearch_CountTheSameEndedPermits_WhenRenewalsRptkaPeriodsAndTodaysEndsAreSeeded()
    {
        await using var app = new DocArchiveApplication();
        using var analyst = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);
        await PermitAsync(app, "ENDED RECENTLY", "E10000001", Today.AddDays(-5));
        await PermitAsync(app, "ENDED LONG AGO", "E10000002", Today.AddDays(-200));
        await PermitAsync(app, "RENEWED WORKER", "E10000003", Today.AddDays(-400));
        await PermitAsync(app, "RENEWED WORKER", "E10000003", Today.AddDays(100));
        await PermitAsync(app, "ENDS TODAY", "E10000004", Today);
        await PermitAsync(app, "OVERSTAYER", "E10000005", Today.AddDays(-10));
        await RptkaAsync(app, CatalogSeed.Person("OVERSTAYER", "E10000005", "CHN", "PT Sinar Batu Mining", Today.AddDays(200)));
        await RptkaAsync(app, CatalogSeed.Person("RPTKA ONLY", "E10000006", "CHN", "PT Sinar Batu Mining", Today.AddDays(-30)));

        var watch = (await analyst.GetFromJsonAsync<WatchList>(new Uri("/api/watch?days=30&older=1", UriKind.Relative), DocArchiveApplication.Json))!;
        var recent = (await analyst.GetFromJsonAsync<WatchList>(new Uri("/api/watch?days=30", UriKind.Relative), DocArchiveApplication.Json))!;
        var statistics = (await analyst.GetFromJsonAsync<WorkerStatistics>(new Uri("/api/statistics", UriKind.Relative), DocArchiveApplication.Json))!;
        var search = (await analyst.GetFromJsonAsync<SearchResults>(new Uri("/api/search?q=expired:yes", UriKind.Relative), DocArchiveApplication.Json))!;

        string[] ended = ["ENDED LONG AGO", "ENDED RECENTLY", "OVERSTAYER"];
        Assert.Equal(ended, watch.ByEmployer.SelectMany(g => g.Entries).Where(e => e.Expired).Select(e => e.Name).Order());
        Assert.Equal((2, 1), (recent.Expired, recent.Older));
        Assert.Equal(ended.Length, statistics.PermitsExpired);
        Assert.Equal(ended, search.Persons.Select(p => p.Name).Order());
        Assert.Equal(1, statistics.PermitsEnding[0].Persons);
        Assert.Equal(1, statistics.PermitsUnknown);
    }

    private static Task<Guid> PermitAsync(DocArchiveApplication app, string name, string passport, DateOnly expires) =>
        CatalogSeed.AddAsync(app, $"{passport}-{expires:yyyyMMdd}.pdf", "Izin tinggal terbatas", new ExtractionRecord
        {
            DocumentType = DocumentTypes.Permit,
            Persons = [CatalogSeed.Person(name, passport, "CHN", "PT Sinar Batu Mining", expires)],
        });

    private static Task<Guid> RptkaAsync(DocArchiveApplication app, PersonRecord person) =>
        CatalogSeed.AddAsync(app, $"rptka-{person.PassportNumber}.pdf", "Rencana penggunaan tenaga kerja asing", new ExtractionRecord
        {
            DocumentType = DocumentTypes.Rptka,
            Persons = [person],
        });
}
