namespace DocArchive.Tools.Extraction.Evaluation;

/// <summary>A value that was missed, wrong or invented (expected or actual null).</summary>
public sealed record EvaluationMiss(string Document, string Field, string? Expected, string? Actual);
