using System.Diagnostics;
using System.Globalization;
using System.Text;
using DocArchive.Search;
using DocArchive.Search.Analysis;
using DocArchive.Search.Indexing;
using DocArchive.Search.Querying;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DocArchive.Tools.Search;

/// <summary>
/// <c>docarchive bench search --docs N</c>: indexes N generated documents in a temporary directory, runs a fixed mix
/// of searches (20 hits with snippets, persons, companies and facets each) and prints indexing speed, latency percentiles and index size.
/// </summary>
public sealed class SearchBenchmark
{
    /// <summary>Documents per batch: each batch ends in one flush and reopen, so larger batches make fewer, larger segments.</summary>
    private const int BatchSize = 5000;
    private const int Warmup = 50;

    public async Task<int> RunAsync(int docs, TextWriter output, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(docs, 1);
        ArgumentNullException.ThrowIfNull(output);
        var path = Path.Combine(Path.GetTempPath(), "docarchive-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var analyzer = new TextAnalyzer();
            using var index = new LuceneDocumentIndex(
                Options.Create(new SearchOptions { IndexPath = path, RamBufferMegabytes = 256 }), analyzer, NullLogger<LuceneDocumentIndex>.Instance);
            await output.WriteLineAsync($"load average before indexing: {LoadAverage()}").ConfigureAwait(false);
            var textBytes = await IndexAsync(index, docs, output, ct).ConfigureAwait(false);
            index.SettleMerges();
            var indexBytes = new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"index size: {indexBytes / 1048576.0:F1} MB in {Segments(index)} segments for {textBytes / 1048576.0:F1} MB of text = {(double)indexBytes / textBytes:F2}x (target < 1.5x)")).ConfigureAwait(false);
            var search = new LuceneDocumentSearch(index, analyzer, TimeProvider.System, NullLogger<LuceneDocumentSearch>.Instance);
            await QueryAsync(search, docs, output, ct).ConfigureAwait(false);
            return 0;
        }
        finally
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
    }

    private static async Task<long> IndexAsync(LuceneDocumentIndex index, int docs, TextWriter output, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var textBytes = 0L;
        var batches = Enumerable.Range(0, (docs + BatchSize - 1) / BatchSize);
        await Parallel.ForEachAsync(
            batches,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct },
            async (batch, token) =>
            {
                var documents = Enumerable.Range(batch * BatchSize, Math.Min(BatchSize, docs - (batch * BatchSize)))
                    .Select(n => BenchmarkCorpus.Document(n, docs))
                    .ToList();
                Interlocked.Add(ref textBytes, documents.Sum(d => d.Pages.Sum(p => (long)Encoding.UTF8.GetByteCount(p.Text))));
                await index.IndexManyAsync(documents, token).ConfigureAwait(false);
            }).ConfigureAwait(false);
        index.Commit();
        var elapsed = Stopwatch.GetElapsedTime(started);
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"indexed {docs} documents in {elapsed.TotalSeconds:F1} s = {docs / elapsed.TotalSeconds:F0} docs/s (target >= 1000), committed; {cpuSeconds:F1} CPU-s = {docs / cpuSeconds:F0} docs per CPU-second")).ConfigureAwait(false);
        return textBytes;
    }

    private static async Task QueryAsync(LuceneDocumentSearch search, int docs, TextWriter output, CancellationToken ct)
    {
        var mix = BenchmarkQueries.Mix(docs);
        foreach (var query in mix.Take(Warmup))
        {
            search.Search(new SearchQuery(query.Text, Sort: query.Sort));
        }

        await output.WriteLineAsync($"load average before searching: {LoadAverage()}").ConfigureAwait(false);
        var timings = new List<(string Kind, double Wall, double Cpu, int Found)>();
        foreach (var query in mix)
        {
            ct.ThrowIfCancellationRequested();
            var cpu = Environment.CpuUsage.TotalTime;
            var started = Stopwatch.GetTimestamp();
            var results = search.Search(new SearchQuery(query.Text, Sort: query.Sort));
            timings.Add((query.Kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds, (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds, results.TotalDocuments));
        }

        var wall = timings.Select(t => t.Wall).ToList();
        var cpus = timings.Select(t => t.Cpu).ToList();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{timings.Count} searches (20 hits with snippets, persons, companies and facets each): wall p50 {Percentile(wall, 50):F1} ms (target <= 10), p99 {Percentile(wall, 99):F1} ms (target <= 50); CPU p50 {Percentile(cpus, 50):F1} ms, p99 {Percentile(cpus, 99):F1} ms")).ConfigureAwait(false);
        await output.WriteLineAsync($"load average after searching: {LoadAverage()}").ConfigureAwait(false);
        foreach (var group in timings.GroupBy(t => t.Kind))
        {
            var groupWall = group.Select(t => t.Wall).ToList();
            var groupCpu = group.Select(t => t.Cpu).ToList();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {group.Key,-28} wall p50 {Percentile(groupWall, 50),6:F1} p99 {Percentile(groupWall, 99),6:F1}  CPU p50 {Percentile(groupCpu, 50),6:F1} p99 {Percentile(groupCpu, 99),6:F1} ms  median hits {Percentile(group.Select(t => (double)t.Found).ToList(), 50),8:F0}")).ConfigureAwait(false);
        }
    }

    private static int Segments(LuceneDocumentIndex index)
    {
        var searcher = index.Searchers.Acquire();
        try
        {
            return searcher.IndexReader.Leaves.Count;
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    /// <summary>The 1, 5 and 15 minute load averages, where the system tells them.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
