using DocArchive.Ingest.Extraction;

namespace DocArchive.Tools.Extraction.Evaluation;

/// <summary>One document to score: its name, its truth record, what was extracted and how it was captured (<c>scan</c>, <c>phone</c> …).</summary>
public sealed record EvaluationCase(string Name, ExtractionRecord Truth, ExtractionRecord Extracted, string Capture = EvaluationCase.Scan)
{
    public const string Scan = "scan";
}
