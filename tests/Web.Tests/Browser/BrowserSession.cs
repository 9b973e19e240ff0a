using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DocArchive.Web.Tests.Browser;

/// <summary>
/// The real web host listening on a loopback port and Debian's Chromium driven by Playwright. Without Chromium the
/// browser tests are skipped on a developer's machine, and fail on CI (where <c>CI</c> is set).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private BrowserSession(DocArchiveApplication app, IPlaywright playwright, IBrowser browser, Uri address)
    {
        App = app;
        Playwright = playwright;
        Browser = browser;
        Address = address;
    }

    public DocArchiveApplication App { get; }

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    public Uri Address { get; }

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? SkipReason =>
        File.Exists(ChromiumPath) || Environment.GetEnvironmentVariable("CI") is { Length: > 0 }
            ? null
            : $"{ChromiumPath} is missing: scripts/setup.sh --test installs it.";

    public static async Task<BrowserSession> StartAsync()
    {
        var app = new DocArchiveApplication();
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
        return new BrowserSession(app, playwright, browser, new Uri(address.Replace("[::1]", "localhost", StringComparison.Ordinal)));
    }

    /// <summary>A fresh browser profile signed in as a new user with the roles, on the page the sign-in leads to.</summary>
    public Task<IPage> SignInAsync(params string[] roles) => SignInAsync(new ViewportSize { Width = 1280, Height = 720 }, roles);

    /// <summary>A fresh browser profile with a screen of the size, signed in as a new user with the roles.</summary>
    public async Task<IPage> SignInAsync(ViewportSize screen, params string[] roles)
    {
        var userName = await App.CreateUserAsync(roles);
        var page = await OpenAsync(screen);
        await page.GotoAsync("/account/signin");
        await page.FillAsync("input[name=userName]", userName);
        await page.FillAsync("input[name=password]", DocArchiveApplication.Password);
        await page.ClickAsync("form.stacked button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return page;
    }

    /// <summary>A fresh browser profile with a screen of the size, signed in as nobody.</summary>
    public async Task<IPage> OpenAsync(ViewportSize screen)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address.ToString(), AcceptDownloads = true, ViewportSize = screen });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await App.DisposeAsync();
    }
}
