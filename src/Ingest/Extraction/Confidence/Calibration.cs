namespace DocArchive.Ingest.Extraction.Confidence;

/// <summary>
/// Turns how sure the reading is into the measured probability that a value is right. The reading's confidence (the
/// source's weight times the OCR confidence of the value's words) is mapped per source, names apart, through steps
/// fitted on development documents (<c>eval --values</c> over scans and field captures of the development layouts: the
/// share of values right from each step on); a value read twice alike (a printed name and its zone's, a label and a
/// table, an employer the document names too) or guarded by its zone's check digit keeps a third of its doubt; a
/// doubted value (<see cref="Doubts"/>) is held at most at <see cref="DoubtedCeiling"/>, below any review threshold.
/// </summary>
internal static class Calibration
{
    /// <summary>A doubted value's confidence at most.</summary>
    public const double DoubtedCeiling = 0.5;

    /// <summary>How much of the remaining doubt a second, agreeing reading leaves.</summary>
    private const double AgreementKeeps = 0.3;

    /// <summary>Per source and kind of field (names apart: they read worst), where each step of the reading's confidence starts and the share right from there.</summary>
    private static readonly Dictionary<(string Source, bool Name), (double From, double Right)[]> Steps = new()
    {
        [(FieldSources.Label, true)] = [(0, 0.75), (0.85, 0.94), (0.9, 0.99)],
        [(FieldSources.Label, false)] = [(0, 0.6), (0.7, 0.88), (0.8, 0.95), (0.9, 0.99)],
        [(FieldSources.Table, true)] = [(0, 0.58), (0.8, 0.89), (0.85, 0.99)],
        [(FieldSources.Table, false)] = [(0, 0.8), (0.75, 0.93), (0.8, 0.975), (0.9, 0.99)],
        [(FieldSources.Pattern, true)] = [(0, 0.88), (0.75, 0.96)],
        [(FieldSources.Pattern, false)] = [(0, 0.9), (0.6, 0.98)],
        [(FieldSources.Mrz, true)] = [(0, 0.9), (0.89, 0.97)],
        [(FieldSources.Mrz, false)] = [(0, 0.9), (0.89, 0.99)],
    };

    public static FieldEvidence Calibrate(string field, FieldEvidence evidence, string? doubt, bool agreed)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var right = Steps.TryGetValue((evidence.Source, field == "name"), out var steps)
            ? steps.Last(s => evidence.Confidence >= s.From).Right
            : evidence.Confidence;
        if (agreed)
        {
            right = 1 - ((1 - right) * AgreementKeeps);
        }

        if (doubt is not null)
        {
            right = Math.Min(right, DoubtedCeiling);
        }

        return evidence with { Confidence = Math.Round(right, 3), Doubt = doubt };
    }
}
