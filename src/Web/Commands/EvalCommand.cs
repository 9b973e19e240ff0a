using System.Globalization;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Extraction.Evaluation;

namespace DocArchive.Web.Commands;

/// <summary>
/// <c>eval DIR</c>: runs <c>extract</c> over every file of DIR with a <c>NAME.truth.json</c> beside it and prints per-field
/// precision, recall and F1, document-type accuracy, per capture kind and per document type the F1, the names' F1, the
/// trusted precision, the review load and the expected calibration error, the reliability table of each capture kind,
/// the targets, the time extraction adds and every miss. The review threshold is <c>DocArchive__Web__ReviewConfidence</c>
/// (0.8 by default). The exit code is non-zero only for a usage error.
/// </summary>
public static class EvalCommand
{
    public const string Usage = "usage: docarchive eval DIR [--values FILE]  (DIR holds documents with NAME.truth.json beside them; FILE gets every value scored, tab-separated)";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var arguments = VerbArguments.Parse(args, "--values");
        if (arguments.Operands is not [var directory] || !Directory.Exists(directory) || CorpusEvaluation.Cases(directory).Count == 0)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        return await CommandHost.RunAsync(arguments.HostSwitches, async services =>
        {
            var bar = new ProgressBar(progress, "extracted", CorpusEvaluation.Cases(directory).Count);
            var done = 0;
            var report = await services.GetRequiredService<CorpusEvaluation>().EvaluateAsync(
                directory, new Progress<FileExtractionResult>(r => bar.Report(Interlocked.Increment(ref done), Path.GetFileName(r.File))), cancellationToken);
            bar.Finish();
            var threshold = services.GetRequiredService<IConfiguration>().GetValue($"{WebOptions.Section}:{nameof(WebOptions.ReviewConfidence)}", Reliability.DefaultReviewConfidence);
            Write(output, directory, report);
            WriteReliability(output, report, threshold);
            if (arguments.Options.TryGetValue("--values", out var values) && values.Length > 0)
            {
                await File.WriteAllLinesAsync(values, report.Scores.Values.Select(Line).Prepend("document\ttype\tcapture\tfield\tsource\tconfidence\tright\tdoubt"), cancellationToken);
            }
            return 0;
        });
    }

    private static void Write(TextWriter output, string directory, CorpusReport report)
    {
        var scores = report.Scores;
        var unreadable = report.Documents.Where(d => d.Record is null).ToList();
        output.WriteLine(Invariant($"{directory}: {scores.Documents} documents in {report.Elapsed.TotalSeconds:0.0} s, {unreadable.Count} unreadable"));
        output.WriteLine(Invariant($"document type accuracy {scores.DocumentTypeAccuracy:0.000} ({scores.Documents - scores.Misses.Count(m => m.Field == "documentType")}/{scores.Documents})"));
        output.WriteLine();
        output.WriteLine($"{"field",-24} {"precision",9} {"recall",7} {"F1",6}  {"tp",5} {"fp",4} {"fn",4}");
        foreach (var field in scores.Fields.Append(scores.Overall))
        {
            output.WriteLine(Invariant($"{field.Field,-24} {field.Precision,9:0.000} {field.Recall,7:0.000} {field.F1,6:0.000}  {field.TruePositives,5} {field.FalsePositives,4} {field.FalseNegatives,4}"));
        }

        output.WriteLine();
        foreach (var target in EvaluationTargets.Check(scores))
        {
            WriteTarget(output, target);
        }

        var reading = report.Documents.Sum(d => d.Reading.TotalSeconds);
        var rereading = report.Documents.Sum(d => d.Rereading.TotalSeconds);
        var extracting = report.Documents.Sum(d => d.Extracting.TotalSeconds);
        output.WriteLine(Invariant(
            $"time summed over documents: reading pages {reading:0.0} s, re-reading zone bands {rereading:0.0} s, extracting {extracting:0.00} s: extraction adds {report.ExtractionShare:0.0%} (target < 10%)"));
        foreach (var file in unreadable)
        {
            output.WriteLine($"unreadable {Path.GetFileName(file.File)}: {file.Error}");
        }

        foreach (var truth in report.UnreadableTruth)
        {
            output.WriteLine($"unreadable truth {truth}");
        }

        output.WriteLine();
        output.WriteLine($"misses ({scores.Misses.Count}): file, field, expected, got");
        foreach (var miss in scores.Misses)
        {
            output.WriteLine($"{miss.Document}\t{miss.Field}\t{miss.Expected ?? "null"}\t{miss.Actual ?? "null"}");
        }
    }

    private static void WriteReliability(TextWriter output, CorpusReport report, double threshold)
    {
        var captures = EvaluationGroup.By(report.Cases, c => c.Capture, threshold);
        output.WriteLine();
        output.WriteLine(Invariant($"values at or above {threshold:0.00} are trusted, those below wait for review"));
        var tables = new List<(string Title, IReadOnlyList<EvaluationGroup> Groups)>
        {
            ("capture", captures),
            ("document type", EvaluationGroup.By(report.Cases, c => c.Truth.DocumentType, threshold)),
            ("all", [EvaluationGroup.Of("all", report.Cases, threshold)]),
        };
        foreach (var (title, groups) in tables)
        {
            output.WriteLine($"{title,-14} {"docs",5} {"values",6} {"F1",6} {"names",6} {"trusted",8} {"review",7} {"ECE",6} {"wrong",6} {"trusted wrong",13}");
            foreach (var group in groups)
            {
                var r = group.Reliability;
                var names = group.NameF1 is { } f ? Invariant($"{f:0.000}") : "-";
                output.WriteLine(Invariant(
                    $"{group.Name,-14} {group.Scores.Documents,5} {r.Values,6} {group.Scores.Overall.F1,6:0.000} {names,6} {r.TrustedPrecision,8:0.0000} {r.ReviewLoad,7:0.0%} {r.ExpectedCalibrationError,6:0.000} {r.Wrong,6} {r.TrustedWrong,13}"));
            }
        }

        foreach (var group in captures)
        {
            output.WriteLine();
            output.WriteLine($"reliability, {group.Name}: confidence, values, share right, mean confidence");
            foreach (var bin in group.Reliability.Bins.Where(b => b.Count > 0))
            {
                output.WriteLine(Invariant($"  {bin.From:0.0}-{bin.To:0.0} {bin.Count,6} {bin.ShareRight,8:0.000} {bin.MeanConfidence,8:0.000}"));
            }
        }

        output.WriteLine();
        foreach (var target in captures.SelectMany(EvaluationTargets.Check))
        {
            WriteTarget(output, target);
        }

        output.WriteLine();
        output.WriteLine("trusted but wrong: file, field, source, confidence");
        foreach (var value in report.Scores.Values.Where(v => !v.Right && v.Confidence >= threshold))
        {
            output.WriteLine(Invariant($"{value.Document}\t{value.Field}\t{value.Source}\t{value.Confidence:0.000}"));
        }
    }

    private static string Line(ScoredValue v) =>
        Invariant($"{v.Document}\t{v.DocumentType}\t{v.Capture}\t{v.Field}\t{v.Source}\t{v.Confidence:0.000}\t{(v.Right ? 1 : 0)}\t{v.Doubt}");

    private static void WriteTarget(TextWriter output, EvaluationTarget target) =>
        output.WriteLine(Invariant($"target {target.Name} {(target.AtMost ? "<=" : ">=")} {target.Limit:0.000}: {target.Value:0.000} {(target.Met ? "met" : "NOT met")}"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
