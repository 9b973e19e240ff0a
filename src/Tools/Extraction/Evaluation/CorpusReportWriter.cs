using System.Globalization;

namespace DocArchive.Tools.Extraction.Evaluation;

/// <summary>
/// The report of <c>eval</c>: per-field precision, recall and F1, document-type accuracy, the targets, the time extraction
/// adds, the unreadable files and every miss; then the reliability of the confidences per capture kind and document type.
/// </summary>
public static class CorpusReportWriter
{
    public static void Write(TextWriter output, string directory, CorpusReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
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

    /// <summary>Per capture kind and per document type: F1, names' F1, trusted precision, review load, calibration error; each kind's reliability table, the targets, and every value trusted but wrong.</summary>
    public static void WriteReliability(TextWriter output, CorpusReport report, double threshold)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
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

    /// <summary>Every scored value as a tab-separated line: document, type, capture, field, source, confidence, right, doubt.</summary>
    public static IEnumerable<string> ValueLines(CorpusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Scores.Values.Select(Line);
    }

    private static string Line(ScoredValue v) =>
        Invariant($"{v.Document}\t{v.DocumentType}\t{v.Capture}\t{v.Field}\t{v.Source}\t{v.Confidence:0.000}\t{(v.Right ? 1 : 0)}\t{v.Doubt}");

    private static void WriteTarget(TextWriter output, EvaluationTarget target) =>
        output.WriteLine(Invariant($"target {target.Name} {(target.AtMost ? "<=" : ">=")} {target.Limit:0.000}: {target.Value:0.000} {(target.Met ? "met" : "NOT met")}"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
