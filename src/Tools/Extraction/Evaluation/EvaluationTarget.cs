namespace DocArchive.Tools.Extraction.Evaluation;

/// <summary>One accuracy target: what is measured, the value reached and the least value that meets it (the most, for <paramref name="AtMost"/>).</summary>
public sealed record EvaluationTarget(string Name, double Value, double Limit, bool AtMost = false)
{
    public bool Met => AtMost ? Value <= Limit : Value >= Limit;
}
