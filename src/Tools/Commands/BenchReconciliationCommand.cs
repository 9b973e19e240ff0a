using System.Diagnostics;
using System.Globalization;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Register.Reconciliation;

namespace DocArchive.Tools.Commands;

/// <summary>
/// The <c>bench reconciliation [--documents N] [--postgres CS]</c> verb: fills a throwaway catalog with a generated
/// province of N documents (default 100,000, naming 40,000 persons) and times the register for the province and for one
/// district (Tanjung Jabung Barat) as the page asks for them (the 50 most urgent findings listed), cold and then warm.
/// </summary>
public static class BenchReconciliationCommand
{
    public const string Usage = "usage: docarchive bench reconciliation [--documents N] [--postgres CONNECTION-STRING]  (N at least 25)";

    private const int DefaultDocuments = 100_000;

    private const int Runs = 3;

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (BenchArguments.Read(args, "documents", DefaultDocuments, 25) is not var (documents, server))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        await using var database = server is null ? null : await ThrowawayDatabase.CreateAsync(server, "docarchive_bench", cancellationToken);
        var today = DateOnly.FromDateTime(DateTime.Today);
        var filling = Stopwatch.StartNew();
        using var catalog = await ReconciliationBenchCatalog.FillAsync(database?.ConnectionString, documents, today, cancellationToken);
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture, $"{(server is null ? "SQLite" : "PostgreSQL")} catalog of {documents:N0} documents filled in {filling.Elapsed.TotalSeconds:0.0} s"));
        foreach (var (name, query) in new[]
        {
            ("province", new ReconciliationQuery(today, Listed: ReconciliationQuery.UrgentListed)),
            ("district", new ReconciliationQuery(today, District: "Tanjung Jabung Barat", Listed: ReconciliationQuery.UrgentListed)),
        })
        {
            var times = new List<(double Wall, double Cpu)>();
            Ingest.Register.Reconciliation.Reconciliation? register = null;
            for (var run = 0; run < Runs; run++)
            {
                await using var db = catalog.NewContext();
                var clock = Stopwatch.StartNew();
                var cpu = Environment.CpuUsage.TotalTime;
                register = await new ReconciliationRegister(db, TimeProvider.System).ComputeAsync(query, cancellationToken);
                times.Add((clock.Elapsed.TotalMilliseconds, (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds));
            }

            var runs = string.Join(", ", times.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Wall:0} ms (CPU {t.Cpu:0} ms)")));
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: {register!.Total.Known:N0} persons known, {register.Total.Findings:N0} findings, {register.ByDistrict.Count} districts: {runs}; {Runs} runs, the first cold"));
        }

        return 0;
    }
}
