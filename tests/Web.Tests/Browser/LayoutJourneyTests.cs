using DocArchive.Ingest.Accounts;
using DocArchive.Web.Tests.Corrections;
using Microsoft.Playwright;

namespace DocArchive.Web.Tests.Browser;

public sealed class LayoutJourneyTests
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static readonly ViewportSize Desktop = new() { Width = 1366, Height = 768 };

    [BrowserFact]
    public async Task Pages_NeverScrollSideways_OnAPhoneOrADesktop()
    {
        await using var session = await BrowserSession.StartAsync();
        var archive = await ArchiveScenario.SeedAsync(session.App);
        await archive.IndexAsync(session.App);
        var permit = await UploadPermitAsync(session);
        string[] paths =
        [
            "/search?q=sinar", "/documents", $"/documents/{permit}", $"/documents/{archive.Report}", $"/persons/{archive.Zhang}",
            $"/companies/{Uri.EscapeDataString(ArchiveScenario.CompanyKey)}", "/watch?days=366", "/review", "/export?q=sinar",
            "/statistics", "/upload", "/admin/users", "/admin/audit",
        ];
        var wide = new List<string>();

        foreach (var screen in new[] { Phone, Desktop })
        {
            var anonymous = await session.OpenAsync(screen);
            await anonymous.GotoAsync("/account/signin");
            wide.AddRange(await SidewaysAsync(anonymous, screen));
            var everyone = await session.SignInAsync(screen, ArchiveRoles.Clerk, ArchiveRoles.Officer, ArchiveRoles.Analyst, ArchiveRoles.Admin);
            foreach (var path in paths)
            {
                await everyone.GotoAsync(path);
                await everyone.WaitForLoadStateAsync(LoadState.NetworkIdle);
                wide.AddRange(await SidewaysAsync(everyone, screen));
            }
        }

        Assert.Empty(wide);
    }

    [BrowserFact]
    public async Task Menu_OpensWithItsButton_OnAPhone_AndShowsItsLinks_OnADesktop()
    {
        await using var session = await BrowserSession.StartAsync();
        var phone = await session.SignInAsync(Phone, ArchiveRoles.Officer);
        var desktop = await session.SignInAsync(Desktop, ArchiveRoles.Officer);
        var watch = "header nav a[href='/watch']";

        Assert.False(await phone.IsVisibleAsync(watch));
        await phone.ClickAsync(".menu-button");
        Assert.Equal("true", await phone.GetAttributeAsync(".menu-button", "aria-expanded"));
        await phone.ClickAsync(watch);
        await phone.WaitForURLAsync("**/watch");
        Assert.Equal("page", await phone.GetAttributeAsync(watch, "aria-current"));
        Assert.False(await desktop.IsVisibleAsync(".menu-button"));
        Assert.True(await desktop.IsVisibleAsync(watch));
        Assert.True(await desktop.IsVisibleAsync("header button:has-text('Keluar')"));
    }

    [BrowserFact]
    public async Task DocumentPage_ShowsTheCorrectionFormsBesideThePageImage_OnADesktop()
    {
        await using var session = await BrowserSession.StartAsync();
        var id = await UploadPermitAsync(session);
        var officer = await session.SignInAsync(Desktop, ArchiveRoles.Officer);

        await officer.GotoAsync($"/documents/{id}");
        await officer.WaitForFunctionAsync("() => { const img = document.querySelector('.page-image img'); return img && img.complete && img.naturalWidth > 0; }");
        var image = await BoxAsync(officer, ".page-image img");
        var fields = await BoxAsync(officer, "aside.fields");

        Assert.True(await OnScreenAsync(officer, "#field-name button[type=submit]"), "the first field's save button is below the screen");
        Assert.True(image.X + image.Width <= fields.X, "the fields are not beside the page image");
        await officer.GotoAsync($"/documents/{id}#field-expiryDate");
        Assert.True(await OnScreenAsync(officer, "#field-expiryDate button[type=submit]"), "the last field's save button is off the screen");
        var shown = await BoxAsync(officer, ".page-image img");
        Assert.True(shown.Y < Desktop.Height && shown.Y + shown.Height > 0, "the page image left the screen beside the last field");
        await officer.CheckAsync(".page-tools .zoom input");
        Assert.True((await BoxAsync(officer, ".page-image img")).Width > 1.9 * image.Width, "the page image did not zoom");
        Assert.Empty(await SidewaysAsync(officer, Desktop));
    }

    /// <summary>Uploads a born-digital permit as a clerk through the upload page and waits until it is read.</summary>
    private static async Task<Guid> UploadPermitAsync(BrowserSession session)
    {
        var clerk = await session.SignInAsync(ArchiveRoles.Clerk);
        await clerk.SetInputFilesAsync("input[type=file]", new FilePayload
        {
            Name = "kitas-wang.pdf", MimeType = "application/pdf", Buffer = CorrectionSteps.Permit("E23456789"),
        });
        await clerk.ClickAsync("form[data-max-bytes] button[type=submit]");
        await clerk.WaitForSelectorAsync(".status-done", new PageWaitForSelectorOptions { Timeout = 120_000 });
        return Guid.Parse((await clerk.GetAttributeAsync("tr[data-document-id]", "data-document-id"))!);
    }

    /// <summary>The page, when it is wider than the screen: a user would have to scroll it sideways.</summary>
    private static async Task<IEnumerable<string>> SidewaysAsync(IPage page, ViewportSize screen)
    {
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        return width <= screen.Width ? [] : [$"{new Uri(page.Url).PathAndQuery} at {screen.Width} px is {width} px wide"];
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(IPage page, string selector) =>
        await page.Locator(selector).BoundingBoxAsync() ?? throw new InvalidOperationException($"{selector} is not shown");

    private static async Task<bool> OnScreenAsync(IPage page, string selector)
    {
        var box = await BoxAsync(page, selector);
        return box.Y >= 0 && box.Y + box.Height <= page.ViewportSize!.Height;
    }
}
