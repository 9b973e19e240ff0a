using System.Text.Json;
using System.Text.Json.Nodes;
using DocArchive.Ingest;
using DocArchive.Ingest.Extraction;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Commands;

/// <summary>
/// <c>extract [--format jsonl|json] FILES...</c>: runs the whole pipeline on files without storing anything and prints one
/// canonical record per file, its <c>file</c> the path as given; a file that cannot be read gives its reason and exit code 1.
/// </summary>
public static class ExtractCommand
{
    public const string Usage = "usage: docarchive extract [--format jsonl|json] FILES...";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var arguments = VerbArguments.Parse(args, "--format");
        var format = arguments.Options.GetValueOrDefault("--format", "jsonl");
        var files = arguments.Operands;
        if (format is not ("jsonl" or "json") || files.Count == 0)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        return await CommandHost.RunAsync(arguments.HostSwitches, services => WriteAsync(services, format, files, output, cancellationToken));
    }

    private static async Task<int> WriteAsync(IServiceProvider services, string format, IReadOnlyList<string> files, TextWriter output, CancellationToken cancellationToken)
    {
        var extraction = services.GetRequiredService<FileExtraction>();
        using var slots = new SemaphoreSlim(Math.Max(1, services.GetRequiredService<IOptions<IngestOptions>>().Value.OcrWorkers));
        var results = files.Select(async file =>
        {
            await slots.WaitAsync(cancellationToken);
            try
            {
                return await extraction.ExtractAsync(file, cancellationToken);
            }
            finally
            {
                slots.Release();
            }
        }).ToList();

        var failed = false;
        var array = new JsonArray();
        foreach (var pending in results)
        {
            var result = await pending;
            failed |= result.Record is null;
            var node = Node(result);
            if (format == "jsonl")
            {
                await output.WriteLineAsync(node.ToJsonString(ExtractionJson.Options));
            }
            else
            {
                array.Add(node);
            }
        }

        if (format == "json")
        {
            await output.WriteLineAsync(array.ToJsonString(ExtractionJson.Indented));
        }

        return failed ? 1 : 0;
    }

    private static JsonNode Node(FileExtractionResult result) => result.Record is { } record
        ? JsonSerializer.SerializeToNode(record, ExtractionJson.Options)!
        : new JsonObject { ["file"] = result.File, ["error"] = result.Error };
}
