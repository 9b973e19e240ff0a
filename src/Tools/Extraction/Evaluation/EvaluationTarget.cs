namespace DocArchive.Tools.Extraction.Evaluation;

/// <summary>One accuracy target: what is measured, the value reached and the least value that meets it.</summary>
public sealed record EvaluationTarget(string Name, double Value, double Minimum)
{
    public bool Met => Value >= Minimum;
}
