namespace DocArchive.Tools.Extraction.Evaluation;

/// <summary>
/// The accuracy the extraction must reach on the generated corpus: issue 3's on everything, and issue 15's per capture
/// kind (scans: F1, names, trusted precision, review load; field captures: F1 and trusted precision).
/// </summary>
public static class EvaluationTargets
{
    public const double OverallF1 = 0.95;
    public const double DocumentType = 0.98;
    public const double KeyFieldF1 = 0.97;

    public const double ScanF1 = 0.99;
    public const double ScanNameF1 = 0.98;
    public const double ScanTrustedPrecision = 0.995;
    public const double ScanReviewLoad = 0.08;
    public const double FieldF1 = 0.85;
    public const double FieldTrustedPrecision = 0.98;

    /// <summary>The capture kinds held to the field targets.</summary>
    public static IReadOnlyList<string> FieldCaptures { get; } = ["phone", "fax", "lowres"];

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

    /// <summary>The targets of one capture kind's group (none for a kind that has none, such as born-digital).</summary>
    public static IReadOnlyList<EvaluationTarget> Check(EvaluationGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var reliability = group.Reliability;
        if (group.Name == EvaluationCase.Scan)
        {
            return
            [
                new("scan F1", group.Scores.Overall.F1, ScanF1),
                new("scan names F1", group.NameF1 ?? 1, ScanNameF1),
                new("scan trusted precision", reliability.TrustedPrecision, ScanTrustedPrecision),
                new("scan review load", reliability.ReviewLoad, ScanReviewLoad, AtMost: true),
            ];
        }

        return FieldCaptures.Contains(group.Name)
            ? [new($"{group.Name} F1", group.Scores.Overall.F1, FieldF1), new($"{group.Name} trusted precision", reliability.TrustedPrecision, FieldTrustedPrecision)]
            : [];
    }
}
