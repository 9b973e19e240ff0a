namespace DocArchive.Tools.Extraction.Evaluation;

/// <summary>
/// Per-field scores, the overall (micro-averaged) score, document-type accuracy, every miss, and every value read with
/// evidence scored right or wrong with its confidence (for <see cref="Reliability"/>).
/// </summary>
public sealed record EvaluationReport(
    int Documents,
    double DocumentTypeAccuracy,
    FieldScore Overall,
    IReadOnlyList<FieldScore> Fields,
    IReadOnlyList<EvaluationMiss> Misses,
    IReadOnlyList<ScoredValue> Values);
