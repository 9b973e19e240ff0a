using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using DocArchive.Web.Export;

namespace DocArchive.Web.Commands;

/// <summary>
/// The <c>bench export [--rows N]</c> verb: streams N generated person rows (default 100,000) to a CSV and an XLSX file
/// and prints the time, the file size and the managed memory after a tenth of the rows and after all of them.
/// </summary>
public static class BenchExportCommand
{
    private const int DefaultRows = 100_000;

    private static readonly string[] Header =
        ["name", "passport", "nationality", "birth_date", "employer", "permit", "expires", "document", "page", "confidence", "corrected_by"];

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var rows = DefaultRows;
        var at = Array.IndexOf(args, "--rows");
        if (at >= 0 && (at + 1 >= args.Length || !int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out rows) || rows < 10))
        {
            await output.WriteLineAsync("usage: docarchive bench export [--rows N]  (N at least 10)");
            return 2;
        }

        var directory = Directory.CreateTempSubdirectory("docarchive-bench-export-");
        try
        {
            foreach (var format in new[] { ExportFormat.Csv, ExportFormat.Xlsx })
            {
                var path = Path.Combine(directory.FullName, ExportFile.FileName("persons", format));
                var memory = new List<long>();
                var clock = Stopwatch.StartNew();
                await WriteAsync(path, format, Generate(rows, memory, cancellationToken), cancellationToken);

                clock.Stop();
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{format,-5} {rows:N0} rows in {clock.Elapsed.TotalSeconds:0.00} s ({rows / clock.Elapsed.TotalSeconds:N0} rows/s), {new FileInfo(path).Length / 1048576.0:0.0} MB; managed memory {memory[0] / 1048576.0:0.00} MB after {rows / 10:N0} rows, {memory[^1] / 1048576.0:0.00} MB after {rows:N0} (target: 100,000 rows under 10 s, flat memory)"));
            }

            return 0;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task WriteAsync(string path, ExportFormat format, IAsyncEnumerable<IReadOnlyList<string?>> rows, CancellationToken cancellationToken)
    {
        await using var file = File.Create(path);
        await ExportFile.WriteAsync(file, format, "persons", Header, rows, cancellationToken);
    }

    private static async IAsyncEnumerable<IReadOnlyList<string?>> Generate(
        int rows, List<long> memory, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 1; i <= rows; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (i == rows / 10 || i == rows)
            {
                memory.Add(GC.GetTotalMemory(forceFullCollection: true));
            }

            yield return
            [
                $"WORKER {i} ZHANG", $"E{i:D8}", "CHN", "1985-03-12", "PT. SINAR BATU MINING Tbk", $"2C21AB{i:D4}", "2026-01-31",
                "3f2b8c1e-0000-4000-8000-000000000000", "1", "0.93", i % 10 == 0 ? "=cmd|' /C calc'!A0" : null,
            ];
            if (i % 1000 == 0)
            {
                await Task.Yield();
            }
        }
    }
}
