using DocArchive.Ingest.Accounts;
using Microsoft.Playwright;

namespace DocArchive.Web.Tests.Browser;

public sealed class OfficeNetworkJourneyTests
{
    [BrowserFact]
    public async Task SignIn_StaysSignedInAndWarns_WhenAnotherPcOpensTheArchiveByHostNameOverPlainHttp()
    {
        await using var session = await BrowserSession.StartAsync();
        var userName = await session.App.CreateUserAsync(ArchiveRoles.Officer);
        await using var browser = await session.Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserSession.ChromiumPath,
            Headless = true,
            Args = ["--host-resolver-rules=MAP arsip-kantor 127.0.0.1"],
        });
        var page = await browser.NewPageAsync();
        var address = $"http://arsip-kantor:{session.Address.Port}";

        await page.GotoAsync($"{address}/account/signin");
        await page.FillAsync("input[name=userName]", userName);
        await page.FillAsync("input[name=password]", DocArchiveApplication.Password);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.GotoAsync($"{address}/watch");

        Assert.Equal("/watch", new Uri(page.Url).AbsolutePath);
        Assert.Contains("tidak terenkripsi", await page.TextContentAsync(".banner.warning") ?? "", StringComparison.Ordinal);
    }
}
