using System.Text;
using DocArchive.Fixtures;
using DocArchive.Ingest.Accounts;
using Microsoft.Playwright;

namespace DocArchive.Web.Tests.Browser;

public sealed class BrowserJourneyTests
{
    [BrowserFact]
    public async Task SignIn_LeadsEachRoleToItsPages_AndRefusesTheOthers()
    {
        await using var session = await BrowserSession.StartAsync();
        var starts = new Dictionary<string, string>
        {
            [ArchiveRoles.Clerk] = "/upload",
            [ArchiveRoles.Officer] = "/search",
            [ArchiveRoles.Analyst] = "/search",
            [ArchiveRoles.Admin] = "/admin/users",
        };

        foreach (var (role, start) in starts)
        {
            var page = await session.SignInAsync(role);
            Assert.Equal(start, new Uri(page.Url).AbsolutePath);
            await page.GotoAsync(role == ArchiveRoles.Admin ? "/upload" : "/admin/users");
            Assert.Equal("Akses ditolak", await page.TextContentAsync("h1"));
        }
    }

    [BrowserFact]
    public async Task Upload_ShowsTheScanDone_AndAnAnalystDownloadsItsExport()
    {
        await using var session = await BrowserSession.StartAsync();
        var clerk = await session.SignInAsync(ArchiveRoles.Clerk);
        var pdf = FixtureDocument.TextPdf(FixturePage.FromLines("PT Sinar Batu Mining"));

        await clerk.SetInputFilesAsync("input[type=file]", new FilePayload { Name = "izin.pdf", MimeType = "application/pdf", Buffer = pdf });
        await clerk.ClickAsync("form[data-max-bytes] button[type=submit]");
        await clerk.WaitForSelectorAsync(".status-done", new PageWaitForSelectorOptions { Timeout = 120_000 });
        var analyst = await session.SignInAsync(ArchiveRoles.Analyst);
        await analyst.GotoAsync("/export");
        await analyst.FillAsync("input[name=q]", "sinar");
        var download = await analyst.RunAndWaitForDownloadAsync(() => analyst.ClickAsync("button[value=file]"));

        Assert.Equal("selesai", await clerk.TextContentAsync(".status-done"));
        Assert.Equal($"dokumen_sinar_{DateTime.Now:yyyy-MM-dd}.csv", download.SuggestedFilename);
        var csv = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), csv[..3]);
        Assert.Contains("izin.pdf", Encoding.UTF8.GetString(csv), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Search_FindsThePersonThroughAnOcrError_AndOpensTheirPage()
    {
        await using var session = await BrowserSession.StartAsync();
        var archive = await ArchiveScenario.SeedAsync(session.App);
        await archive.IndexAsync(session.App);
        var officer = await session.SignInAsync(ArchiveRoles.Officer);

        await officer.FillAsync("input[name=q]", "zhamg wei");
        await officer.ClickAsync("form.inline button[type=submit]");
        await officer.ClickAsync($"table.persons a[href='/persons/{archive.Zhang}']");
        await officer.WaitForURLAsync($"**/persons/{archive.Zhang}");

        Assert.Equal("ZHANG WEI", await officer.TextContentAsync("h1"));
        Assert.Equal("habis berlaku", await officer.TextContentAsync("table.permits tr.expired .flag-expired"));
        Assert.Equal("sesuai", await officer.TextContentAsync("table.findings tbody td:nth-child(2)"));
        await officer.ClickAsync("table.employers a");
        await officer.WaitForURLAsync("**/companies/SINAR%20BATU%20MINING");
        Assert.Contains("Mining Engineer", await officer.TextContentAsync("table.tally") ?? "", StringComparison.Ordinal);
    }
}
