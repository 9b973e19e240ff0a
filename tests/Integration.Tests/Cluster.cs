using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using DocArchive.Fixtures;
using DocArchive.Ingest;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Model;
using DocArchive.Search.Querying;
using DocArchive.Tools.Commands;
using DocArchive.Web.Commands;
using DocArchive.Web.Upload;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Integration.Tests;

/// <summary>
/// DocArchive as an office runs it, on one machine: a database of its own on the PostgreSQL test server, one shared
/// data directory, and <c>docarchive serve --role ...</c> processes started as the test needs them (killed at the end).
/// </summary>
internal sealed class Cluster : IAsyncDisposable
{
    public const string ServerVariable = "DOCARCHIVE_TEST_POSTGRES";

    /// <summary>Short, so that a killed reader's documents come back within seconds.</summary>
    public static readonly TimeSpan JobLease = TimeSpan.FromSeconds(6);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly List<NodeProcess> nodes = [];

    private Cluster(ThrowawayDatabase database, string dataDir)
    {
        Database = database;
        DataDir = dataDir;
    }

    public static string? Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server ? server : null;

    public ThrowawayDatabase Database { get; }

    public string DataDir { get; }

    /// <summary>Cookies are sent by hand: the nodes answer on plain http, where a cookie container keeps back secure cookies.</summary>
    public HttpClient Http { get; } = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMinutes(2) };

    private const string UserName = "integration";

    private const string Password = "integration test password";

    private readonly Dictionary<Uri, string> signIns = [];

    private bool userCreated;

    public static async Task<Cluster> CreateAsync()
    {
        var server = Server ?? throw new InvalidOperationException($"{ServerVariable} is not set: run through scripts/with-postgres.sh.");
        var database = await ThrowawayDatabase.CreateAsync(server, "docarchive_it", CancellationToken.None);
        return new Cluster(database, Directory.CreateTempSubdirectory("docarchive-it-").FullName);
    }

    /// <summary>Starts a node of the given role on this cluster's database and data directory, and waits until it answers.</summary>
    public async Task<NodeProcess> StartAsync(string role, IReadOnlyDictionary<string, string>? extra = null, string? dataDir = null, string? postgres = null)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["data-dir"] = dataDir ?? DataDir,
            ["postgres"] = postgres ?? Database.ConnectionString,
            ["DocArchive:Ingest:OcrWorkers"] = "1",
            ["DocArchive:Ingest:JobLease"] = JobLease.ToString("c", CultureInfo.InvariantCulture),
            ["DocArchive:Ingest:TessdataPath"] = Path.Combine(FixtureRepository.Root, "tessdata"),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        var node = NodeProcess.Start(role, settings, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Logging__Console__FormatterName"] = "json",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__DocArchive.Ingest"] = "Information",
        });
        nodes.Add(node);
        await node.WaitUntilHealthyAsync(Http, TimeSpan.FromMinutes(2), CancellationToken.None);
        return node;
    }

    public async Task<Guid> UploadAsync(NodeProcess web, string name, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(web);
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(content);
        form.Add(file, "files", name);
        using var request = NodeSignIn.Request(HttpMethod.Post, new Uri(web.Address, "/api/documents"), await SignInAsync(web), form);
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var upload = await response.Content.ReadFromJsonAsync<UploadResponse>(Json);
        return Assert.NotNull(Assert.Single(upload!.Documents).DocumentId);
    }

    public async Task<IReadOnlySet<Guid>> SearchAsync(NodeProcess web, string query)
    {
        ArgumentNullException.ThrowIfNull(web);
        using var request = NodeSignIn.Request(HttpMethod.Get, new Uri(web.Address, $"/api/search?q={Uri.EscapeDataString(query)}"), await SignInAsync(web));
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var results = await response.Content.ReadFromJsonAsync<SearchResults>(Json);
        return results!.Documents.Select(h => h.DocumentId).ToHashSet();
    }

    /// <summary>The sign-in cookie of a clerk and officer on <paramref name="web"/>, signing in through the form once per node.</summary>
    private async Task<string> SignInAsync(NodeProcess web)
    {
        if (signIns.TryGetValue(web.Address, out var known))
        {
            return known;
        }

        if (!userCreated)
        {
            string[] arguments =
            [
                "add", UserName, "--role", "clerk", "--role", "officer", "--data-dir", DataDir, "--postgres", Database.ConnectionString,
                "--DocArchive:Ingest:TessdataPath", Path.Combine(FixtureRepository.Root, "tessdata"),
            ];
            Assert.Equal(0, await UsersCommand.RunAsync(arguments, new StringReader(Password), TextWriter.Null, CancellationToken.None));
            userCreated = true;
        }

        return signIns[web.Address] = await NodeSignIn.CookieAsync(Http, web.Address, UserName, Password, CancellationToken.None);
    }

    public CatalogDbContext Catalog(string? postgres = null) =>
        CatalogDatabase.CreateContext(CatalogDatabase.CreateOptions(new IngestOptions { PostgreSql = postgres ?? Database.ConnectionString }));

    /// <summary>Waits until every document is failed, or done and searchable; fails the test with the nodes' output if that takes too long.</summary>
    public async Task<List<Document>> WaitUntilFinishedAsync(int count, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        while (true)
        {
            await using var db = Catalog();
            var documents = await db.Documents.AsNoTracking().ToListAsync(CancellationToken.None);
            if (documents.Count >= count && documents.All(d => d.Status == DocumentStatus.Failed || d.IndexedAt is not null))
            {
                return documents;
            }

            if (limit.IsCancellationRequested)
            {
                var states = string.Join(", ", documents.GroupBy(d => (d.Status, d.IndexedAt is not null)).Select(g => $"{g.Key}: {g.Count()}"));
                Assert.Fail($"Not finished after {timeout}: {states}\n{string.Join("\n\n", nodes)}");
            }

            await Task.Delay(250, CancellationToken.None);
        }
    }

    /// <summary>Runs a program to its end: a <c>docarchive</c> verb when <paramref name="fileName"/> is null.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string? fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName ?? NodeProcess.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (fileName is null)
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "docarchive.dll"));
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    /// <summary>The document ids of the given log event in the nodes' JSON output, once per occurrence.</summary>
    public static List<Guid> DocumentIdsOf(IEnumerable<NodeProcess> nodes, int eventId)
    {
        var ids = new List<Guid>();
        foreach (var line in nodes.SelectMany(n => n.Lines).Where(l => l.StartsWith('{')))
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("EventId", out var id) && id.GetInt32() == eventId)
            {
                ids.Add(Guid.Parse(json.RootElement.GetProperty("State").GetProperty("DocumentId").GetString()!));
            }
        }

        return ids;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in nodes)
        {
            node.Dispose();
        }

        Http.Dispose();
        await Database.DisposeAsync();
        Directory.Delete(DataDir, recursive: true);
    }
}
