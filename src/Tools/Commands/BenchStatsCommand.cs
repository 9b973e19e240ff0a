using System.Diagnostics;
using System.Globalization;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Register.Statistics;

namespace DocArchive.Tools.Commands;

/// <summary>
/// The <c>bench stats [--persons N] [--postgres CS]</c> verb: fills a throwaway catalog with N generated persons (default
/// 100,000), named in documents a quarter of them twice, and times the statistics page's queries, cold and then warm.
/// </summary>
public static class BenchStatsCommand
{
    public const string Usage = "usage: docarchive bench stats [--persons N] [--postgres CONNECTION-STRING]  (N at least 4)";

    private const int DefaultPersons = 100_000;

    private const int Runs = 3;

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (BenchArguments.Read(args, "persons", DefaultPersons, 4) is not var (persons, server))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        await using var database = server is null ? null : await ThrowawayDatabase.CreateAsync(server, "docarchive_bench", cancellationToken);
        var today = DateOnly.FromDateTime(DateTime.Today);
        using var catalog = await BenchCatalog.FillAsync(database?.ConnectionString, persons / 4 * 5, today, output, cancellationToken);
        var times = new List<(double Wall, double Cpu)>();
        WorkerStatistics? statistics = null;
        for (var run = 0; run < Runs; run++)
        {
            await using var db = catalog.NewContext();
            var clock = Stopwatch.StartNew();
            var cpu = Environment.CpuUsage.TotalTime;
            statistics = await ArchiveStatistics.ComputeAsync(db, today, cancellationToken);
            times.Add((clock.Elapsed.TotalSeconds, (Environment.CpuUsage.TotalTime - cpu).TotalSeconds));
        }

        var runs = string.Join(", ", times.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Wall:0.000} s (CPU {t.Cpu:0.000} s)")));
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"statistics of {statistics!.Persons:N0} persons ({statistics.ByNationality.Count} nationalities, {statistics.ByEmployer.Count} employers, {statistics.ByDistrict.Count} districts): {runs}; {Runs} runs, the first cold"));
        return 0;
    }
}
