namespace DocArchive.Tools.Extraction.Evaluation;

/// <summary>The scores and the reliability of one group of documents (a capture kind, a document type, or all).</summary>
public sealed record EvaluationGroup(string Name, EvaluationReport Scores, Reliability Reliability)
{
    /// <summary>The F1 of persons' names, or null when the group has none.</summary>
    public double? NameF1 => Scores.Fields.FirstOrDefault(f => f.Field == "persons.name") is { } name && name.TruePositives + name.FalsePositives + name.FalseNegatives > 0
        ? name.F1
        : null;

    /// <summary>Every case scored apart, then grouped by <paramref name="key"/> (in key order), all with the same review threshold.</summary>
    public static IReadOnlyList<EvaluationGroup> By(IEnumerable<EvaluationCase> cases, Func<EvaluationCase, string> key, double reviewConfidence) =>
    [
        .. cases.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Of(g.Key, g.ToList(), reviewConfidence)),
    ];

    public static EvaluationGroup Of(string name, IReadOnlyList<EvaluationCase> cases, double reviewConfidence)
    {
        var scores = ExtractionEvaluator.Evaluate(cases);
        return new EvaluationGroup(name, scores, Reliability.Of(scores.Values, reviewConfidence));
    }
}
