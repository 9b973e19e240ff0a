using System.Diagnostics;
using System.Globalization;
using DocArchive.Ingest;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace DocArchive.Tools.Commands;

/// <summary>
/// What <c>bench ingest</c> measures: the whole pipeline on PostgreSQL, from upload to searchable. Starts one web+index
/// node and N worker nodes (one OCR engine each) on a fresh database and data directory, warms each worker up with one
/// document, then uploads every file through the API, waits until each is searchable or failed, and prints pages per
/// minute with the time each stage took (summed over all nodes). With blank pages instead of files it reads one PDF of
/// N blank A4 pages (warmed up with a one-page one), with <c>MaxPages</c> raised to N.
/// </summary>
public static class IngestBenchmark
{
    /// <summary>
    /// Runs the bench on <paramref name="files"/>, or on <paramref name="blankPages"/> blank pages when null;
    /// <paramref name="addClerk"/> creates the clerk (user name, password) the bench uploads as, in the database of the
    /// node settings it is given.
    /// </summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string>? files, int blankPages, int workers, string server, IConfiguration settings,
        AddClerk addClerk, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        await using var database = await ThrowawayDatabase.CreateAsync(server, "docarchive_bench", cancellationToken);
        var dataDir = Directory.CreateTempSubdirectory("docarchive-bench-");
        try
        {
            if (files is null)
            {
                var blank = Path.Combine(dataDir.FullName, $"blank-{blankPages}.pdf");
                var warmUp = Path.Combine(dataDir.FullName, "blank-1.pdf");
                await File.WriteAllBytesAsync(blank, BlankPagesPdf.Build(blankPages), cancellationToken);
                await File.WriteAllBytesAsync(warmUp, BlankPagesPdf.Build(1), cancellationToken);
                return await RunAsync([blank], [warmUp], workers, database.ConnectionString, dataDir.FullName, blankPages, settings, addClerk, output, cancellationToken);
            }

            return await RunAsync(files, files, workers, database.ConnectionString, dataDir.FullName, null, settings, addClerk, output, cancellationToken);
        }
        finally
        {
            dataDir.Delete(recursive: true);
        }
    }

    private static async Task<int> RunAsync(
        IReadOnlyList<string> files, IReadOnlyList<string> warmUps, int workers, string postgres, string dataDir, int? maxPages, IConfiguration settings,
        AddClerk addClerk, TextWriter output, CancellationToken cancellationToken)
    {
        var node = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["data-dir"] = dataDir,
            ["postgres"] = postgres,
            ["DocArchive:Ingest:OcrWorkers"] = "1",
        };
        if (maxPages is { } most)
        {
            node["DocArchive:Ingest:MaxPages"] = most.ToString(CultureInfo.InvariantCulture);
        }

        if (settings["DocArchive:Ingest:TessdataPath"] is { } tessdata)
        {
            node["DocArchive:Ingest:TessdataPath"] = Path.GetFullPath(tessdata);
        }

        var logging = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Logging__Console__FormatterName"] = "json",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__DocArchive.Ingest.Jobs"] = "Information",
            ["Logging__LogLevel__DocArchive.Ingest.Reading.OcrWorkerPool"] = "Debug",
        };
        using var web = NodeProcess.Start("web", node, logging);
        var readers = Enumerable.Range(0, workers).Select(_ => NodeProcess.Start("worker", node, logging)).ToList();
        try
        {
            using var handler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false };
            using var http = new HttpClient(handler, disposeHandler: false) { Timeout = TimeSpan.FromMinutes(5) };
            foreach (var started in readers.Prepend(web))
            {
                await started.WaitUntilHealthyAsync(http, TimeSpan.FromMinutes(2), cancellationToken);
            }

            var cookie = await SignInAsync(http, web.Address, node, addClerk, cancellationToken);

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"bench ingest: {files.Count} files, {workers} worker process(es) with one OCR engine each, PostgreSQL; timed after one warm-up document per worker"));
            for (var i = 0; i < workers; i++)
            {
                var file = warmUps[i % warmUps.Count];
                await UploadAsync(http, web.Address, cookie, $"warm-up-{i}-{Path.GetFileName(file)}", WarmUpCopy(file, i), cancellationToken);
            }

            await WaitAsync(postgres, DateTimeOffset.MinValue, workers, web, cancellationToken);
            var warm = readers.Prepend(web).ToDictionary(n => n, n => n.Lines.Count);
            var from = DateTimeOffset.UtcNow;
            var clock = Stopwatch.StartNew();
            foreach (var file in files)
            {
                await UploadAsync(http, web.Address, cookie, Path.GetFileName(file), await File.ReadAllBytesAsync(file, cancellationToken), cancellationToken);
            }

            var (done, failed, pages) = await WaitAsync(postgres, from, files.Count, web, cancellationToken);
            clock.Stop();
            var totals = new StageTotals();
            foreach (var (started, skipped) in warm)
            {
                totals.Add(started.Lines.Skip(skipped));
            }

            WriteResult(output, clock.Elapsed, done, failed, pages, totals);
            return 0;
        }
        finally
        {
            foreach (var reader in readers)
            {
                reader.Dispose();
            }
        }
    }

    /// <summary>Creates a clerk in the bench's database (through <paramref name="addClerk"/>) and signs in as them on the web node.</summary>
    private static async Task<string> SignInAsync(
        HttpClient http, Uri web, Dictionary<string, string> node, AddClerk addClerk,
        CancellationToken cancellationToken)
    {
        const string userName = "bench";
        var password = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        await addClerk(node, userName, password, cancellationToken);
        return await NodeSignIn.CookieAsync(http, web, userName, password, cancellationToken);
    }

    /// <summary>
    /// The file with bytes after its end that readers of PDF, TIFF, PNG and JPEG ignore: another original, read as the
    /// file is, that warms up a node (its code compiled, its connections open) as production's long-lived nodes are.
    /// </summary>
    private static byte[] WarmUpCopy(string path, int number) =>
        [.. File.ReadAllBytes(path), .. System.Text.Encoding.ASCII.GetBytes($"\n%warm-up {number}\n")];

    private static async Task UploadAsync(HttpClient http, Uri web, string cookie, string name, byte[] bytes, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(bytes);
        form.Add(file, "files", name);
        using var request = NodeSignIn.Request(HttpMethod.Post, new Uri(web, "/api/documents"), cookie, form);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Waits until <paramref name="expected"/> documents uploaded since <paramref name="from"/> are searchable or failed.</summary>
    private static async Task<(int Done, int Failed, int Pages)> WaitAsync(
        string postgres, DateTimeOffset from, int expected, NodeProcess web, CancellationToken cancellationToken)
    {
        var options = CatalogDatabase.CreateOptions(new IngestOptions { PostgreSql = postgres });
        while (true)
        {
            await using var db = CatalogDatabase.CreateContext(options);
            var finished = await db.Documents.AsNoTracking()
                .Where(d => d.UploadedAt >= from && (d.Status == DocumentStatus.Failed || d.IndexedAt != null))
                .GroupBy(d => d.Status)
                .Select(g => new { Status = g.Key, Count = g.Count(), Pages = g.Sum(d => d.PageCount) })
                .ToListAsync(cancellationToken);
            if (finished.Sum(f => f.Count) >= expected)
            {
                var done = finished.Where(f => f.Status == DocumentStatus.Done).ToList();
                return (done.Sum(f => f.Count), finished.Sum(f => f.Count) - done.Sum(f => f.Count), done.Sum(f => f.Pages));
            }

            if (web.HasExited)
            {
                throw new InvalidOperationException($"The web node stopped during the bench: {web}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    private static void WriteResult(TextWriter output, TimeSpan elapsed, int done, int failed, int pages, StageTotals totals)
    {
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(invariant,
            $"upload to searchable: {elapsed.TotalSeconds:F1} s for {pages} pages ({done} done, {failed} failed): {pages / elapsed.TotalMinutes:F1} pages/minute, {pages / elapsed.TotalSeconds:F1} pages/s"));
        output.WriteLine("stage        total s   ms/page   share   (summed over nodes; pages of one document run in parallel)");
        var all = totals.Milliseconds.Values.Sum();
        foreach (var stage in IngestStages.All)
        {
            output.WriteLine(totals.Milliseconds.TryGetValue(stage, out var ms)
                ? string.Create(invariant, $"{stage,-12} {ms / 1000,7:F1} {ms / Math.Max(1, pages),9:F0} {ms / all,7:P0}")
                : $"{stage,-12}       -  (not timed by this build)");
        }
    }
}
