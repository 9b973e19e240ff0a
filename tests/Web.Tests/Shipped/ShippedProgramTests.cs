using DocArchive.Fixtures;
using DocArchive.Ingest.Accounts;
using DocArchive.Tools.Commands;
using DocArchive.Web.Tests.Browser;

namespace DocArchive.Web.Tests.Shipped;

/// <summary>
/// The program as users get it: <c>scripts/publish.sh</c>'s output served by <c>dotnet build/docarchive/docarchive.dll
/// serve</c>, as <c>run.sh</c> does, walked page by page in Chromium. Screenshots of every page land in
/// <c>TestResults/screens</c> beside the test assembly.
/// </summary>
public sealed class ShippedProgramTests
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screens");

    [BrowserFact]
    public async Task EveryPage_IsStyledWorkingAndInOneLanguage_ForEachRoleAndWindow_WhenServedFromTheRepositoryAsRunShDoes()
    {
        var program = await PublishedProgram.GetAsync();
        var root = FixtureRepository.Root;
        var dataDir = Directory.CreateTempSubdirectory("docarchive-shipped-").FullName;
        try
        {
            await ShippedArchive.AddUsersAsync(program, root, dataDir, ArchiveRoles.All);
            using var http = NodeClient();
            using var node = await program.ServeAsync(root, dataDir, http);
            var today = DateOnly.FromDateTime(DateTime.Now);
            var archive = await ShippedArchive.UploadAsync(node, http, today);
            var documents = new ShippedDocuments(today).Text;
            var foreign = ArchiveLanguages.All.ToDictionary(l => l, l => OtherLanguageTexts.For(l, documents), StringComparer.Ordinal);
            if (Directory.Exists(Screenshots))
            {
                Array.ForEach(Directory.GetFiles(Screenshots, "*.png"), File.Delete);
            }

            await using var browser = await ShippedBrowser.LaunchAsync(node.Address, Screenshots);
            var visits = new List<PageVisit>();
            foreach (var walker in ShippedPage.Walkers)
            {
                visits.AddRange(await browser.WalkAsync(walker, ShippedPage.For(walker, archive), foreign));
            }

            AssertNoProblems(visits, node, Screenshots);
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [BrowserFact]
    public async Task SignInAndUpload_AreStyledAndScripted_WhenServedFromAnotherWorkingDirectory()
    {
        var program = await PublishedProgram.GetAsync();
        var elsewhere = Directory.CreateTempSubdirectory("docarchive-elsewhere-").FullName;
        var dataDir = Path.Combine(elsewhere, "data");
        try
        {
            await ShippedArchive.AddUsersAsync(program, elsewhere, dataDir, [ArchiveRoles.Clerk]);
            using var http = NodeClient();
            using var node = await program.ServeAsync(elsewhere, dataDir, http);
            var foreign = ArchiveLanguages.All.ToDictionary(l => l, l => OtherLanguageTexts.For(l, ""), StringComparer.Ordinal);
            var screenshots = Path.Combine(Screenshots, "elsewhere");
            await using var browser = await ShippedBrowser.LaunchAsync(node.Address, screenshots);
            var visits = new List<PageVisit>();
            foreach (var walker in (string[])[ShippedPage.SignedOut, ArchiveRoles.Clerk])
            {
                visits.AddRange(await browser.WalkAsync(walker, ShippedPage.For(walker), foreign));
            }

            AssertNoProblems(visits, node, screenshots);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    /// <summary>Cookies are sent by hand: over plain http a cookie container keeps the secure sign-in cookie back.</summary>
    private static HttpClient NodeClient() =>
        new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMinutes(1) };

    /// <summary>Fails with every page's problems and every error the program logged meanwhile, all at once.</summary>
    private static void AssertNoProblems(IReadOnlyList<PageVisit> visits, NodeProcess node, string screenshots)
    {
        var lines = node.Lines.ToList();
        var logged = lines
            .Select((line, i) => (line, next: i + 1 < lines.Count ? lines[i + 1].Trim() : ""))
            .Where(l => l.line.StartsWith("fail:", StringComparison.Ordinal) || l.line.StartsWith("crit:", StringComparison.Ordinal))
            .Select(l => $"  {l.line} {l.next}")
            .ToList();
        Assert.True(visits.All(v => v.Problems.Count == 0) && logged.Count == 0,
            $"{PageVisit.Report(visits, screenshots)}\nErrors the program logged ({logged.Count}):\n{string.Join('\n', logged)}");
    }
}
