using DocArchive.Ingest.Extraction;
using DocArchive.Tools.Extraction.Evaluation;

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
            var report = await ActivatorUtilities.CreateInstance<CorpusEvaluation>(services).EvaluateAsync(
                directory, new Progress<FileExtractionResult>(r => bar.Report(Interlocked.Increment(ref done), Path.GetFileName(r.File))), cancellationToken);
            bar.Finish();
            var threshold = services.GetRequiredService<IConfiguration>().GetValue($"{WebOptions.Section}:{nameof(WebOptions.ReviewConfidence)}", Reliability.DefaultReviewConfidence);
            CorpusReportWriter.Write(output, directory, report);
            CorpusReportWriter.WriteReliability(output, report, threshold);
            if (arguments.Options.TryGetValue("--values", out var values) && values.Length > 0)
            {
                await File.WriteAllLinesAsync(values, CorpusReportWriter.ValueLines(report).Prepend("document\ttype\tcapture\tfield\tsource\tconfidence\tright\tdoubt"), cancellationToken);
            }
            return 0;
        });
    }
}
