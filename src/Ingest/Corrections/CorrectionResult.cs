using DocArchive.Ingest.Model;

namespace DocArchive.Ingest.Corrections;

/// <summary>What became of a correction: the stored <see cref="Correction"/> when it was made, else the reason it was not.</summary>
public sealed record CorrectionResult(CorrectionOutcome Outcome, FieldCorrection? Correction = null, string? Reason = null)
{
    public static CorrectionResult Refused(CorrectionOutcome outcome, string reason) => new(outcome, Reason: reason);
}
