namespace DocArchive.Tools.Extraction.Evaluation;

/// <summary>The accuracy the extraction must reach on the generated corpus (issue 3's targets).</summary>
public static class EvaluationTargets
{
    public const double OverallF1 = 0.95;
    public const double DocumentType = 0.98;
    public const double KeyFieldF1 = 0.97;

    /// <summary>The fields that must each reach <see cref="KeyFieldF1"/>.</summary>
    public static IReadOnlyList<string> KeyFields { get; } = ["persons.passportNumber", "persons.expiryDate"];

    /// <summary>Every target with the value <paramref name="report"/> reached.</summary>
    public static IReadOnlyList<EvaluationTarget> Check(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return
        [
            new("overall field F1", report.Overall.F1, OverallF1),
            new("document type accuracy", report.DocumentTypeAccuracy, DocumentType),
            .. KeyFields.Select(f => new EvaluationTarget($"{f} F1", report.Fields.FirstOrDefault(s => s.Field == f)?.F1 ?? 1, KeyFieldF1)),
        ];
    }
}
