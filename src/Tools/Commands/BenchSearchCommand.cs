using System.Globalization;
using DocArchive.Tools.Search;

namespace DocArchive.Tools.Commands;

/// <summary>The <c>bench search [--docs N]</c> verb: indexes N generated documents and measures query latency.</summary>
public static class BenchSearchCommand
{
    public const string Usage = "usage: docarchive bench search [--docs N]  (N a positive number)";

    private const int DefaultDocuments = 100_000;

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var docs = DefaultDocuments;
        var at = Array.IndexOf(args, "--docs");
        if (at >= 0 && (at + 1 >= args.Length || !int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out docs) || docs < 1))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        return await new SearchBenchmark().RunAsync(docs, output, cancellationToken);
    }
}
