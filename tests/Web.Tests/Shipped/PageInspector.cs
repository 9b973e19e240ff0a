using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace DocArchive.Web.Tests.Shipped;

/// <summary>
/// Opens pages in one browser tab and says what is wrong with each as a user would see it: the stylesheet not applied, a
/// script not loaded, a console or script error, a failed request, the page wider than the window, JSON instead of a
/// page, a text of the other language, or the browser ending up elsewhere. The tab's cache is off, so every page
/// fetches its own stylesheet and scripts. The error Chromium logs for the page's own status (a not-found page's 404, a
/// refusal's 403) is the page answering as it should, not a problem.
/// </summary>
internal sealed class PageInspector
{
    /// <summary>Facts about the loaded page that only the page itself knows.</summary>
    private const string Facts = """
        () => {
          const root = document.documentElement;
          const body = document.body ? document.body.innerText : '';
          const width = window.innerWidth;
          const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('');
          let widest = [];
          if (root.scrollWidth > width) {
            const wide = new Set([...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 1));
            widest = [...wide].filter(e => !wide.has(e.parentElement)).slice(0, 4)
              .map(e => describe(e) + ' ' + Math.round(e.getBoundingClientRect().right) + ' px');
          }
          const all = selector => [...document.querySelectorAll(selector)];
          return {
            accent: getComputedStyle(root).getPropertyValue('--accent').trim(),
            stylesheets: all('link[rel=stylesheet]').map(l => l.href),
            scripts: all('script[src]').map(s => s.src),
            scrollWidth: root.scrollWidth,
            innerWidth: width,
            widest,
            json: body.trimStart().startsWith('{'),
            start: body.trimStart().slice(0, 80),
            text: [document.title, body, ...all('[placeholder]').map(e => e.placeholder), ...all('[title]').map(e => e.title),
              ...all('option').map(o => o.text), ...all('img[alt]').map(i => i.alt), ...all('svg title').map(t => t.textContent)].join('\n'),
          };
        }
        """;

    private readonly IPage page;
    private readonly Lock gate = new();
    private readonly List<string> errors = [];
    private readonly List<(string Text, string Location)> consoleErrors = [];
    private readonly List<string> documents = [];
    private readonly Dictionary<string, int> statuses = new(StringComparer.Ordinal);

    private PageInspector(IPage page)
    {
        this.page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (gate)
                {
                    consoleErrors.Add((message.Text, message.Location));
                }
            }
        };
        page.PageError += (_, error) => Keep($"script error: {error}");
        page.RequestFailed += (_, request) => Keep($"{request.Method} {PathOf(request.Url)} failed: {request.Failure}");
        page.Response += (_, response) =>
        {
            var document = response.Request.IsNavigationRequest && response.Frame == page.MainFrame;
            lock (gate)
            {
                statuses[response.Url] = response.Status;
                if (document)
                {
                    documents.Add(response.Url);
                }
            }

            if (response.Status >= 400 && !document)
            {
                Keep($"{response.Request.Method} {PathOf(response.Url)} answered {response.Status}");
            }
        };
    }

    /// <summary>Inspects the pages of a new tab of <paramref name="context"/>, whose cache it turns off.</summary>
    public static async Task<PageInspector> OpenAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = await context.NewPageAsync();
        var devtools = await context.NewCDPSessionAsync(page);
        await devtools.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });
        return new PageInspector(page);
    }

    public IPage Page => page;

    /// <summary>Opens the page, saves a full-page screenshot to <paramref name="screenshot"/> and lists every problem found.</summary>
    public async Task<IReadOnlyList<string>> InspectAsync(ShippedPage shipped, OtherLanguageTexts foreign, string screenshot)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        ArgumentNullException.ThrowIfNull(foreign);
        lock (gate)
        {
            errors.Clear();
            consoleErrors.Clear();
            documents.Clear();
            statuses.Clear();
        }

        await page.GotoAsync(shipped.Path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var facts = await page.EvaluateAsync<JsonElement>(Facts);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        var problems = new List<string>();
        var arrived = new Uri(page.Url);
        if (arrived.AbsolutePath != shipped.Arrives)
        {
            problems.Add($"ended at {arrived.PathAndQuery} instead of {shipped.Arrives}");
        }

        var stylesheets = Strings(facts, "stylesheets");
        if (facts.GetProperty("accent").GetString() is not { Length: > 0 })
        {
            problems.Add(stylesheets.Count == 0
                ? "no stylesheet linked"
                : $"stylesheet not applied (no --accent on the root; {string.Join(", ", stylesheets.Select(Loaded))})");
        }

        problems.AddRange(Strings(facts, "scripts").Where(s => !IsLoaded(s)).Select(s => $"script not loaded: {Loaded(s)}"));
        lock (gate)
        {
            problems.AddRange(consoleErrors
                .Where(e => !(e.Text.StartsWith("Failed to load resource", StringComparison.Ordinal) && documents.Any(d => e.Location.StartsWith(d + ":", StringComparison.Ordinal))))
                .Select(e => $"console error: {e.Text} ({PathOf(e.Location)})")
                .Concat(errors)
                .Distinct(StringComparer.Ordinal));
        }

        var (scrollWidth, innerWidth) = (facts.GetProperty("scrollWidth").GetInt32(), facts.GetProperty("innerWidth").GetInt32());
        if (scrollWidth > innerWidth)
        {
            problems.Add($"wider than the window ({scrollWidth} px in {innerWidth}; overflowing: {string.Join(", ", Strings(facts, "widest"))})");
        }

        if (facts.GetProperty("json").GetBoolean())
        {
            problems.Add($"JSON instead of a page: {facts.GetProperty("start").GetString()}");
        }

        if (foreign.FoundIn(facts.GetProperty("text").GetString() ?? "") is { Count: > 0 } found)
        {
            var language = foreign.Language == Ingest.Accounts.ArchiveLanguages.English ? "Indonesian" : "English";
            problems.Add($"{language} text: {string.Join(", ", found.Take(8).Select(f => $"\"{f}\""))}{(found.Count > 8 ? $" and {found.Count - 8} more" : "")}");
        }

        return problems;
    }

    private bool IsLoaded(string url)
    {
        lock (gate)
        {
            return statuses.TryGetValue(url, out var status) && status is >= 200 and < 300;
        }
    }

    /// <summary>A resource's path and how it was answered: <c>/css/site.css 404</c>, or not requested.</summary>
    private string Loaded(string url)
    {
        lock (gate)
        {
            return $"{PathOf(url)} {(statuses.TryGetValue(url, out var status) ? status.ToString(CultureInfo.InvariantCulture) : "not requested")}";
        }
    }

    private void Keep(string error)
    {
        lock (gate)
        {
            errors.Add(error);
        }
    }

    private static List<string> Strings(JsonElement facts, string name) =>
        [.. facts.GetProperty(name).EnumerateArray().Select(e => e.GetString() ?? "")];

    private static string PathOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.PathAndQuery : url;
}
