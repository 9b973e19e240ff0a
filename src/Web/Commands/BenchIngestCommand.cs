using System.Globalization;
using DocArchive.Tools.Commands;

namespace DocArchive.Web.Commands;

/// <summary>
/// <c>bench ingest &lt;folder&gt; --workers N [--postgres CS]</c>: the whole pipeline on PostgreSQL, from upload to
/// searchable, as <see cref="IngestBenchmark"/> measures it, on the folder's files that <c>import</c> takes, or with
/// <c>--blank-pages N</c> on one PDF of N blank A4 pages. The bench's clerk is created as <c>users add</c> does.
/// </summary>
public static class BenchIngestCommand
{
    public const string Usage = "usage: docarchive bench ingest <folder>|--blank-pages N --workers N [--postgres CONNECTION-STRING]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var folder = args is [var first, ..] && !first.StartsWith("--", StringComparison.Ordinal) ? first : null;
        var settings = new ConfigurationBuilder().AddEnvironmentVariables()
            .AddCommandLine(args[(folder is null ? 0 : 1)..], CommandLine.Switches.ToDictionary()).Build();
        var server = settings["DocArchive:PostgreSql"];
        var blankPages = 0;
        if ((folder is null ? !int.TryParse(settings["blank-pages"], NumberStyles.None, CultureInfo.InvariantCulture, out blankPages) || blankPages < 1 : !Directory.Exists(folder))
            || string.IsNullOrWhiteSpace(server)
            || !int.TryParse(settings["workers"] ?? "1", NumberStyles.None, CultureInfo.InvariantCulture, out var workers) || workers < 1)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var files = folder is null
            ? null
            : Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(ImportCommand.IsSupported).Order(StringComparer.Ordinal).ToList();
        return await IngestBenchmark.RunAsync(files, blankPages, workers, server, settings, AddClerkAsync, output, cancellationToken);
    }

    private static async Task AddClerkAsync(IReadOnlyDictionary<string, string> node, string userName, string password, CancellationToken cancellationToken)
    {
        string[] arguments = ["add", userName, "--role", "clerk", .. node.SelectMany(setting => new[] { $"--{setting.Key}", setting.Value })];
        using var errors = new StringWriter();
        if (await UsersCommand.RunAsync(arguments, new StringReader(password), errors, cancellationToken) != 0)
        {
            throw new InvalidOperationException($"The bench's clerk could not be created: {errors}");
        }
    }
}
