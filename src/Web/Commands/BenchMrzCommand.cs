using DocArchive.Tools.Extraction;

namespace DocArchive.Web.Commands;

/// <summary><c>bench mrz DIR...</c>: reads the zone of every specimen image and prints, per image, what was expected and read.</summary>
public static class BenchMrzCommand
{
    public const string Usage = "usage: docarchive bench mrz DIR...  (directories of specimen images with ground_truth.json or expected.json)";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var arguments = VerbArguments.Parse(args);
        if (arguments.Operands.Count == 0 || !arguments.Operands.All(Directory.Exists))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var specimens = arguments.Operands.SelectMany(MrzSpecimens.Load).ToList();
        return await CommandHost.RunAsync(arguments.HostSwitches, async services =>
        {
            MrzBenchmark.Write(await ActivatorUtilities.CreateInstance<MrzBenchmark>(services).ReadAsync(specimens, cancellationToken), output);
            return 0;
        });
    }
}
