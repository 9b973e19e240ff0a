using DocArchive.Ingest.Extraction;

namespace DocArchive.Tools.Extraction.Evaluation;

/// <summary>
/// The scores of a corpus, the cases scored (to group them by capture or type), what each document gave (with its
/// stage times), the truth files that could not be read, and how long the whole run took.
/// </summary>
public sealed record CorpusReport(
    EvaluationReport Scores, IReadOnlyList<EvaluationCase> Cases, IReadOnlyList<FileExtractionResult> Documents, IReadOnlyList<string> UnreadableTruth, TimeSpan Elapsed)
{
    /// <summary>The share of the documents' processing time (reading, band re-reads, extraction) that extraction adds.</summary>
    public double ExtractionShare
    {
        get
        {
            var extraction = Documents.Sum(d => (d.Rereading + d.Extracting).TotalSeconds);
            var total = Documents.Sum(d => (d.Reading + d.Rereading + d.Extracting).TotalSeconds);
            return total == 0 ? 0 : extraction / total;
        }
    }
}
