using DocArchive.Ingest.Extraction;

namespace DocArchive.Tools.Extraction.Evaluation;

/// <summary>One document to score: its name, its truth record and what was extracted.</summary>
public sealed record EvaluationCase(string Name, ExtractionRecord Truth, ExtractionRecord Extracted);
