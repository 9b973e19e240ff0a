namespace DocArchive.Tools.Extraction.Evaluation;

/// <summary>Per-field scores, the overall (micro-averaged) score, document-type accuracy and every miss.</summary>
public sealed record EvaluationReport(
    int Documents,
    double DocumentTypeAccuracy,
    FieldScore Overall,
    IReadOnlyList<FieldScore> Fields,
    IReadOnlyList<EvaluationMiss> Misses);
