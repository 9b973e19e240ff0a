namespace DocArchive.Tools.Extraction.Evaluation;

/// <summary>
/// One value the extraction read with evidence (a key of the record's <c>fields</c>, positions and findings aside): the
/// document, its true type, how it was captured, the field key, the confidence given, whether the value is right, how it
/// was found and the doubt that sent it to review (null for none).
/// </summary>
public sealed record ScoredValue(string Document, string DocumentType, string Capture, string Field, double Confidence, bool Right, string Source, string? Doubt);
