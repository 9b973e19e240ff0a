using System.Globalization;
using System.Text.Json;
using DocArchive.Ingest.Accounts;
using DocArchive.Web.Tests.Browser;
using Microsoft.Playwright;

namespace DocArchive.Web.Tests.Shipped;

/// <summary>
/// One headless Chromium walking a running program's pages as each walker: signed in once, through every page in
/// Indonesian then English (switched with the header's ID/EN buttons), each at a laptop's and a phone's window width,
/// a full-page screenshot of each saved in the folder <c>screenshots</c>.
/// </summary>
internal sealed class ShippedBrowser(IPlaywright playwright, IBrowser browser, Uri address, string screenshots) : IAsyncDisposable
{
    public static readonly IReadOnlyList<(int Width, int Height)> Windows = [(1366, 768), (390, 844)];

    public static async Task<ShippedBrowser> LaunchAsync(Uri address, string screenshots)
    {
        Directory.CreateDirectory(screenshots);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = BrowserSession.ChromiumPath, Headless = true });
        return new ShippedBrowser(playwright, browser, address, screenshots);
    }

    /// <summary>Walks <paramref name="pages"/> as <paramref name="walker"/>, in each language and window.</summary>
    public async Task<IReadOnlyList<PageVisit>> WalkAsync(string walker, IReadOnlyList<ShippedPage> pages, IReadOnlyDictionary<string, OtherLanguageTexts> foreign)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(foreign);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString() });
        var inspector = await PageInspector.OpenAsync(context);
        var start = walker == ShippedPage.SignedOut ? "/account/signin" : "/";
        if (walker != ShippedPage.SignedOut)
        {
            await SignInAsync(inspector.Page, ShippedArchive.Users[walker]);
        }

        var visits = new List<PageVisit>();
        foreach (var language in ArchiveLanguages.All)
        {
            if (await SwitchLanguageAsync(inspector.Page, start, language) is { } problem)
            {
                visits.Add(new PageVisit(walker, "language-switch", language, Windows[0].Width, [problem]));
            }

            if (language == ArchiveLanguages.Default && await IconProblemAsync(inspector.Page) is { } icon)
            {
                visits.Add(new PageVisit(walker, "icon", language, Windows[0].Width, [icon]));
            }

            foreach (var (width, height) in Windows)
            {
                await inspector.Page.SetViewportSizeAsync(width, height);
                foreach (var page in pages)
                {
                    var visit = new PageVisit(walker, page.Name, language, width, []);
                    var problems = await inspector.InspectAsync(page, foreign[language], Path.Combine(screenshots, visit.Name + ".png"));
                    visits.Add(visit with { Problems = problems });
                }
            }
        }

        return visits;
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    private static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/account/signin");
        await page.FillAsync("input[name=userName]", userName);
        await page.FillAsync("input[name=password]", DocArchiveApplication.Password);
        await page.ClickAsync("form.stacked button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>
    /// What is wrong with the page's icon (its <c>link rel=icon</c>, or <c>/favicon.ico</c>, which browsers ask for
    /// with every page but which Chromium's page events never show): it must be an image.
    /// </summary>
    private static async Task<string?> IconProblemAsync(IPage page)
    {
        var icon = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const href = document.querySelector('link[rel~=icon]')?.href ?? new URL('/favicon.ico', location.href).href;
              const response = await fetch(href, { cache: 'no-store' });
              return { path: new URL(href).pathname, redirected: response.redirected ? new URL(response.url).pathname : '',
                status: response.status, type: response.headers.get('content-type') ?? '' };
            }
            """);
        var path = icon.GetProperty("path").GetString();
        var redirected = icon.GetProperty("redirected").GetString();
        var (status, type) = (icon.GetProperty("status").GetInt32(), icon.GetProperty("type").GetString() ?? "");
        return status == 200 && type.StartsWith("image/", StringComparison.Ordinal) ? null
            : $"the icon {path} answers {(redirected is { Length: > 0 } ? $"with a redirect to {redirected}" : status.ToString(CultureInfo.InvariantCulture))} {type}, not an image";
    }

    /// <summary>
    /// Clicks the header's button of <paramref name="language"/> on the walker's start page, unless it is the language
    /// shown; says why it could not.
    /// </summary>
    private static async Task<string?> SwitchLanguageAsync(IPage page, string start, string language)
    {
        await page.SetViewportSizeAsync(Windows[0].Width, Windows[0].Height);
        await page.GotoAsync(start);
        var button = page.Locator($"form.language button[value={language}]");
        try
        {
            if (await button.IsEnabledAsync(new LocatorIsEnabledOptions { Timeout = 5_000 }))
            {
                await button.ClickAsync();
                await page.WaitForLoadStateAsync(LoadState.Load);
            }

            return null;
        }
        catch (TimeoutException e)
        {
            return $"the {language.ToUpperInvariant()} button of {new Uri(page.Url).PathAndQuery} did not switch: {e.Message.Split('\n')[0]}";
        }
    }
}
