using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Jobs;
using DocArchive.Search;
using DocArchive.Search.Analysis;
using DocArchive.Search.Indexing;
using DocArchive.Search.Querying;
using DocArchive.Tools.Commands;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Export;

/// <summary>
/// The <c>bench export [--rows N] [--postgres CS]</c> verb: fills a throwaway catalog with N generated person rows
/// (default 100,000; four persons to a document) and indexes its documents as the index job does, then exports what a
/// search finding every document finds as the export page does (the search's hits a batch at a time, each batch looked up
/// in the catalog by the export's row builder) to CSV and XLSX files of persons and of documents; prints the time, the
/// file size and the managed memory after a tenth of the rows and after all of them.
/// </summary>
public static class ExportBenchmark
{
    public const string Usage = "usage: docarchive bench export [--rows N] [--postgres CONNECTION-STRING]  (N at least 10)";

    private const int DefaultRows = 100_000;

    /// <summary>Documents read from the catalog and indexed at a time.</summary>
    private const int IndexBatch = 1000;

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (BenchArguments.Read(args, "rows", DefaultRows, 10) is not var (rows, server))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        await using var database = server is null ? null : await ThrowawayDatabase.CreateAsync(server, "docarchive_bench", cancellationToken);
        using var catalog = await BenchCatalog.FillAsync(database?.ConnectionString, rows, DateOnly.FromDateTime(DateTime.Today), output, cancellationToken);
        var directory = Directory.CreateTempSubdirectory("docarchive-bench-export-");
        try
        {
            using var analyzer = new TextAnalyzer();
            using var index = new LuceneDocumentIndex(
                Options.Create(new SearchOptions { IndexPath = Path.Combine(directory.FullName, "index") }), analyzer, NullLogger<LuceneDocumentIndex>.Instance);
            await output.WriteLineAsync(await IndexAsync(catalog, index, cancellationToken));
            var search = new LuceneDocumentSearch(index, analyzer, TimeProvider.System, NullLogger<LuceneDocumentSearch>.Instance);
            foreach (var kind in new[] { ExportKind.Persons, ExportKind.Documents })
            {
                foreach (var format in new[] { ExportFormat.Csv, ExportFormat.Xlsx })
                {
                    await output.WriteLineAsync(await MeasureAsync(catalog, search, kind, format, directory.FullName, cancellationToken));
                }
            }

            return 0;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>Indexes every document of the catalog as the index job does, a batch at a time.</summary>
    private static async Task<string> IndexAsync(BenchCatalog catalog, LuceneDocumentIndex index, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var db = catalog.NewContext();
        var ids = await db.Documents.OrderBy(d => d.UploadedAt).Select(d => d.Id).ToListAsync(cancellationToken);
        foreach (var batch in ids.Chunk(IndexBatch))
        {
            var documents = await db.Documents.AsNoTracking()
                .Include(d => d.Pages)
                .Include(d => d.Persons)
                .AsSplitQuery()
                .Where(d => batch.Contains(d.Id))
                .ToListAsync(cancellationToken);
            await index.IndexManyAsync(documents.Select(IndexedDocuments.From), cancellationToken);
        }

        return string.Create(CultureInfo.InvariantCulture, $"index of {ids.Count:N0} documents built in {clock.Elapsed.TotalSeconds:0.0} s; each export below is of the search \"{BenchCatalog.SearchedWord}\", which finds them all");
    }

    private static async Task<string> MeasureAsync(
        BenchCatalog catalog, IDocumentSearch search, ExportKind kind, ExportFormat format, string directory, CancellationToken cancellationToken)
    {
        var name = kind.ToString().ToLowerInvariant();
        var path = Path.Combine(directory, ExportFile.FileName(name, format));
        await using var db = catalog.NewContext();
        var memory = new List<long>();
        var clock = Stopwatch.StartNew();
        var cpu = Environment.CpuUsage.TotalTime;
        var total = kind == ExportKind.Persons ? await db.PersonDocuments.CountAsync(cancellationToken) : await db.Documents.CountAsync(cancellationToken);
        var hits = ExportModel.Hits(search, BenchCatalog.SearchedWord).ToAsyncEnumerable();
        var rows = new ExportRows(db).ReadAsync(kind, hits, cancellationToken);
        await WriteFileAsync(path, format, name, ExportRows.Header(kind), Sampled(rows, total, memory, cancellationToken), cancellationToken);
        clock.Stop();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-9} {format,-4} {total:N0} rows in {clock.Elapsed.TotalSeconds:0.00} s ({total / clock.Elapsed.TotalSeconds:N0} rows/s, CPU {(Environment.CpuUsage.TotalTime - cpu).TotalSeconds:0.00} s), {new FileInfo(path).Length / 1048576.0:0.0} MB; managed memory {memory[0] / 1048576.0:0.00} MB after {total / 10:N0} rows, {memory[^1] / 1048576.0:0.00} MB after {total:N0} (target: 100,000 rows under 10 s, flat memory)");
    }

    private static async Task WriteFileAsync(
        string path, ExportFormat format, string name, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<string?>> rows, CancellationToken cancellationToken)
    {
        await using var file = File.Create(path);
        await ExportFile.WriteAsync(file, format, name, header, rows, cancellationToken);
    }

    /// <summary>The rows, with the managed memory taken after a tenth of the <paramref name="total"/> expected and after the last.</summary>
    private static async IAsyncEnumerable<IReadOnlyList<string?>> Sampled(
        IAsyncEnumerable<IReadOnlyList<string?>> rows, int total, List<long> memory, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return row;
            if (++count == total / 10)
            {
                memory.Add(GC.GetTotalMemory(forceFullCollection: true));
            }
        }

        memory.Add(GC.GetTotalMemory(forceFullCollection: true));
    }
}
