using DocArchive.Ingest.Accounts;
using Microsoft.Playwright;

namespace DocArchive.Web.Tests.Browser;

public sealed class ReconciliationJourneyTests
{
    [BrowserFact]
    public async Task Reconciliation_LeadsAnOfficerFromACountToItsPersonsAndDocuments()
    {
        await using var session = await BrowserSession.StartAsync();
        var archive = await ArchiveScenario.SeedAsync(session.App);
        var officer = await session.SignInAsync(ArchiveRoles.Officer);

        await officer.ClickAsync("nav a[href='/reconciliation']");
        await officer.WaitForURLAsync("**/reconciliation");
        Assert.Equal("Rekapitulasi dan rekonsiliasi tenaga kerja asing", await officer.TextContentAsync("h1"));
        Assert.Equal(
            ["3", "2", "0", "2", "0", "3", "1"],
            (await officer.Locator("table.rec-counts tr.total td").AllTextContentsAsync()).Select(t => t.Trim()));
        Assert.Equal(1, await officer.Locator("#findings table.rec-findings tbody tr").CountAsync());
        Assert.Equal(24, await officer.Locator(".rec-chart polyline.series-known").GetAttributeAsync("points") is { } points ? points.Split(' ').Length : 0);

        await officer.ClickAsync("table.rec-counts tr.total td:nth-child(5) a");
        await officer.WaitForURLAsync("**/reconciliation?list=site");
        Assert.Equal(["KIM MINJUN", "ZHANG WEI"], await officer.Locator("table.rec-persons tbody td:first-child a").AllTextContentsAsync());
        Assert.Equal(0, await officer.Locator(".rec-export a").CountAsync());
        await officer.ClickAsync($"table.rec-persons a[href='/documents/{archive.Report}#page-1']");
        await officer.WaitForURLAsync($"**/documents/{archive.Report}#page-1");
    }

    [BrowserFact]
    public async Task Reconciliation_GivesAnAnalystTheListOfAFindingAsAFile_OnAPhone()
    {
        await using var session = await BrowserSession.StartAsync();
        await ArchiveScenario.SeedAsync(session.App);
        var analyst = await session.SignInAsync(new ViewportSize { Width = 390, Height = 844 }, ArchiveRoles.Analyst);

        await analyst.GotoAsync("/reconciliation");
        await analyst.ClickAsync("table.rec-codes tbody tr:nth-child(2) td:nth-child(2) a");
        await analyst.WaitForURLAsync("**/reconciliation?finding=no-permit");
        var download = await analyst.RunAndWaitForDownloadAsync(() => analyst.ClickAsync(".rec-export a:first-child"));

        Assert.Equal($"rekapitulasi_no-permit_{DateTime.Now:yyyy-MM-dd}.csv", download.SuggestedFilename);
        Assert.Contains("no-permit", await File.ReadAllTextAsync(await download.PathAsync()), StringComparison.Ordinal);
        Assert.True(await analyst.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page is wider than the phone");
    }
}
