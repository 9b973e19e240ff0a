using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using DocArchive.Ingest;
using DocArchive.Ingest.Extraction;
using Microsoft.Extensions.Options;

namespace DocArchive.Tools.Extraction.Evaluation;

/// <summary>
/// Evaluates the extraction on a directory of documents with their truth beside them (<c>NAME.EXT</c> and
/// <c>NAME.truth.json</c>): every document goes through <see cref="FileExtraction"/>, as many at once as there are OCR
/// workers, and the records are scored against the truth by <see cref="ExtractionEvaluator"/>. A truth file's
/// <c>capture</c> (written by the generator: <c>scan</c>, <c>born-digital</c>, <c>phone</c>, <c>fax</c>, <c>lowres</c>)
/// groups the scores; without one the document counts as a scan.
/// </summary>
public sealed class CorpusEvaluation(FileExtraction files, IOptions<IngestOptions> options)
{
    public const string TruthSuffix = ".truth.json";
    public const string CaptureProperty = "capture";

    /// <summary>The documents of <paramref name="directory"/> that have a truth file, with that file, in name order.</summary>
    public static IReadOnlyList<(string Document, string Truth)> Cases(string directory) =>
    [
        .. Directory.EnumerateFiles(directory)
            .Where(f => !f.EndsWith(TruthSuffix, StringComparison.OrdinalIgnoreCase))
            .Select(f => (Document: f, Truth: Path.Combine(directory, Path.GetFileNameWithoutExtension(f) + TruthSuffix)))
            .Where(c => File.Exists(c.Truth))
            .OrderBy(c => c.Document, StringComparer.Ordinal),
    ];

    /// <summary>Extracts and scores every case of <paramref name="directory"/>; <paramref name="progress"/> hears each document done.</summary>
    public async Task<CorpusReport> EvaluateAsync(string directory, IProgress<FileExtractionResult>? progress, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var cases = new ConcurrentDictionary<int, (EvaluationCase Case, FileExtractionResult Result)>();
        var unreadableTruth = new ConcurrentBag<string>();
        var all = Cases(directory);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.OcrWorkers), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, all.Count), parallel, async (i, token) =>
        {
            var (document, truthFile) = all[i];
            ExtractionRecord truth;
            string capture;
            try
            {
                var json = await File.ReadAllTextAsync(truthFile, token).ConfigureAwait(false);
                truth = ExtractionJson.Deserialize(json);
                capture = Capture(json);
            }
            catch (JsonException e)
            {
                unreadableTruth.Add($"{Path.GetFileName(truthFile)}: {e.Message}");
                return;
            }

            var result = await files.ExtractAsync(document, token).ConfigureAwait(false);
            cases[i] = (new EvaluationCase(Path.GetFileName(document), truth, result.Record ?? new ExtractionRecord(), capture), result);
            progress?.Report(result);
        }).ConfigureAwait(false);

        var ordered = cases.OrderBy(c => c.Key).Select(c => c.Value).ToList();
        return new CorpusReport(
            ExtractionEvaluator.Evaluate(ordered.Select(c => c.Case)),
            [.. ordered.Select(c => c.Case)],
            [.. ordered.Select(c => c.Result)],
            [.. unreadableTruth.Order(StringComparer.Ordinal)],
            Stopwatch.GetElapsedTime(started));
    }

    private static string Capture(string truthJson)
    {
        using var json = JsonDocument.Parse(truthJson);
        return json.RootElement.TryGetProperty(CaptureProperty, out var capture) && capture.ValueKind == JsonValueKind.String
            ? capture.GetString()!
            : EvaluationCase.Scan;
    }
}
