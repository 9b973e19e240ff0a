using System.Globalization;

namespace DocArchive.Tools.Extraction.Evaluation;

/// <summary>
/// The report of <c>eval</c>: per-field precision, recall and F1, document-type accuracy, the targets, the time extraction
/// adds, the unreadable files and every miss.
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
            output.WriteLine(Invariant($"target {target.Name} >= {target.Minimum:0.00}: {target.Value:0.000} {(target.Met ? "met" : "NOT met")}"));
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

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
