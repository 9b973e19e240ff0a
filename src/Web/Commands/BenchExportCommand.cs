using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using DocArchive.Web.Export;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Commands;

/// <summary>
/// The <c>bench export [--rows N] [--postgres CS]</c> verb: fills a throwaway catalog with N generated person rows
/// (default 100,000; four persons to a document), then streams them through the export's row builder, the catalog read a
/// page of documents at a time as for a search's hits, to CSV and XLSX files of persons and of documents; prints the time,
/// the file size and the managed memory after a tenth of the rows and after all of them.
/// </summary>
public static class BenchExportCommand
{
    private const int DefaultRows = 100_000;

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (BenchArguments.Read(args, "rows", DefaultRows, 10) is not var (rows, server))
        {
            await output.WriteLineAsync("usage: docarchive bench export [--rows N] [--postgres CONNECTION-STRING]  (N at least 10)");
            return 2;
        }

        await using var database = server is null ? null : await ThrowawayDatabase.CreateAsync(server, "docarchive_bench", cancellationToken);
        using var catalog = await BenchCatalog.FillAsync(database?.ConnectionString, rows, DateOnly.FromDateTime(DateTime.Today), output, cancellationToken);
        var directory = Directory.CreateTempSubdirectory("docarchive-bench-export-");
        try
        {
            foreach (var kind in new[] { ExportKind.Persons, ExportKind.Documents })
            {
                foreach (var format in new[] { ExportFormat.Csv, ExportFormat.Xlsx })
                {
                    await output.WriteLineAsync(await MeasureAsync(catalog, kind, format, directory.FullName, cancellationToken));
                }
            }

            return 0;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task<string> MeasureAsync(BenchCatalog catalog, ExportKind kind, ExportFormat format, string directory, CancellationToken cancellationToken)
    {
        var name = kind.ToString().ToLowerInvariant();
        var path = Path.Combine(directory, ExportFile.FileName(name, format));
        await using var db = catalog.NewContext();
        var memory = new List<long>();
        var clock = Stopwatch.StartNew();
        var cpu = Environment.CpuUsage.TotalTime;
        var total = kind == ExportKind.Persons ? await db.PersonDocuments.CountAsync(cancellationToken) : await db.Documents.CountAsync(cancellationToken);
        var rows = new ExportRows(db).ReadAsync(kind, BenchCatalog.DocumentsAsync(db, ExportModel.BatchSize, cancellationToken), cancellationToken);
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
