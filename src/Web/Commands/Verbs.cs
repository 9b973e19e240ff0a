using DocArchive.Ingest;
using DocArchive.Tools.Commands;
using DocArchive.Tools.Reading;
using DocArchive.Web.Export;

namespace DocArchive.Web.Commands;

/// <summary>
/// Every verb of the <c>docarchive</c> executable, its help, and the one place where a configuration error (a missing
/// traineddata folder, a bad connection string, an unwritable data directory) becomes one line on standard error and
/// exit code 2 instead of a stack trace.
/// </summary>
public static class Verbs
{
    public const string ServeUsage =
        "usage: docarchive [serve] [--urls URLS] [--data-dir DIR] [--postgres CONNECTION-STRING] [--role all|web|worker]";

    private static readonly string[] HelpSwitches = ["--help", "-h", "-?", "help"];

    /// <summary>The verbs other than <c>serve</c>.</summary>
    public static readonly IReadOnlyList<Verb> All =
    [
        new(["import"], ImportCommand.Usage, ImportAsync),
        new(["users"], UsersCommand.Usage, args => UsersCommand.RunAsync(args, Console.In, Console.Out, CancellationToken.None)),
        new(["extract"], ExtractCommand.Usage, args => ExtractCommand.RunAsync(args, Console.Out, CancellationToken.None)),
        new(["eval"], EvalCommand.Usage, args => EvalCommand.RunAsync(args, Console.Out, Console.Error, CancellationToken.None)),
        new(["reindex"], ReindexCommand.Usage, args => ReindexCommand.RunAsync(args, Console.Out, CancellationToken.None)),
        new(["check"], CheckCommand.Usage, args => CheckCommand.RunAsync(args, Console.Out, CancellationToken.None)),
        new(["bench", "ingest"], BenchIngestCommand.Usage, args => BenchIngestCommand.RunAsync(args, Console.Out, CancellationToken.None)),
        new(["bench", "ocr"], OcrBenchmark.Usage, BenchOcrAsync),
        new(["bench", "mrz"], BenchMrzCommand.Usage, args => BenchMrzCommand.RunAsync(args, Console.Out, CancellationToken.None)),
        new(["bench", "export"], ExportBenchmark.Usage, args => ExportBenchmark.RunAsync(args, Console.Out, CancellationToken.None)),
        new(["bench", "stats"], BenchStatsCommand.Usage, args => BenchStatsCommand.RunAsync(args, Console.Out, CancellationToken.None)),
        new(["bench", "reconciliation"], BenchReconciliationCommand.Usage, args => BenchReconciliationCommand.RunAsync(args, Console.Out, CancellationToken.None)),
        new(["bench", "search"], BenchSearchCommand.Usage, args => BenchSearchCommand.RunAsync(args, Console.Out, CancellationToken.None)),
    ];

    /// <summary>Whether the arguments ask for help: <c>--help</c>, <c>-h</c> or <c>help</c> anywhere.</summary>
    public static bool AsksForHelp(string[] args) => args.Any(a => HelpSwitches.Contains(a, StringComparer.Ordinal));

    /// <summary>The help for the verb the arguments name, or for every verb.</summary>
    public static string Help(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (Find(args) is { } verb)
        {
            return verb.Usage;
        }

        return args is ["serve", ..]
            ? ServeUsage
            : string.Join(Environment.NewLine, ["DocArchive: the document archive's server and its verbs (README.md lists what each does).", ServeUsage, .. All.Select(v => v.Usage)]);
    }

    /// <summary>The verb the arguments name, or null for <c>serve</c> (no verb, <c>serve</c>, or only switches).</summary>
    public static Verb? Find(string[] args) => All.FirstOrDefault(v => v.Matches(args));

    /// <summary>Whether the first argument names no verb at all (a mistyped verb rather than a switch for <c>serve</c>).</summary>
    public static bool IsUnknown(string[] args) =>
        args is [var first, ..] && !first.StartsWith('-') && first != "serve" && Find(args) is null;

    /// <summary>
    /// Runs <paramref name="run"/>; an invalid configuration, a catalog database that cannot be opened or a data
    /// directory that cannot be written is reported as one line on <paramref name="error"/> with exit code 2.
    /// </summary>
    public static async Task<int> GuardAsync(Func<Task<int>> run, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            return await run();
        }
        catch (Exception e) when (ConfigurationError.Describe(e) is { } line)
        {
            await error.WriteLineAsync($"docarchive: {line}");
            return 2;
        }
    }

    /// <summary><c>import</c>, stopped by Ctrl+C or SIGTERM with that signal's exit code (see <see cref="StopSignals"/>).</summary>
    private static async Task<int> ImportAsync(string[] args)
    {
        using var signals = new StopSignals();
        var exitCode = await ImportCommand.RunAsync(args, Console.Out, signals.Token);
        return exitCode == ImportCommand.Interrupted ? signals.ExitCode ?? exitCode : exitCode;
    }

    private static Task<int> BenchOcrAsync(string[] args)
    {
        var settings = new ConfigurationBuilder().AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables().Build();
        var ingestOptions = settings.GetSection(IngestOptions.Section).Get<IngestOptions>() ?? new IngestOptions();
        return OcrBenchmark.RunAsync(args, ingestOptions, Console.Out, CancellationToken.None);
    }
}
