namespace DocArchive.Tools.Extraction.Evaluation;

/// <summary>
/// How far a set of values' confidences can be trusted: the reliability table (ten bins of confidence: count, share
/// right), the expected calibration error (the bins' gaps between mean confidence and share right, weighted by count),
/// the <b>trusted precision</b> (share right among values at or above the review threshold) and the <b>review load</b>
/// (share of values below it, which an officer re-reads).
/// </summary>
public sealed record Reliability(
    IReadOnlyList<ReliabilityBin> Bins, int Values, int Wrong, double ExpectedCalibrationError, double TrustedPrecision, double ReviewLoad, int TrustedWrong)
{
    /// <summary>The default review threshold (<c>DocArchive__Web__ReviewConfidence</c>).</summary>
    public const double DefaultReviewConfidence = 0.8;

    private const int BinCount = 10;

    public static Reliability Of(IReadOnlyCollection<ScoredValue> values, double reviewConfidence)
    {
        ArgumentNullException.ThrowIfNull(values);
        var bins = Enumerable.Range(0, BinCount).Select(b =>
        {
            var from = (double)b / BinCount;
            var to = (double)(b + 1) / BinCount;
            var inside = values.Where(v => Bin(v.Confidence) == b).ToList();
            return new ReliabilityBin(from, to, inside.Count, inside.Count(v => v.Right), inside.Count == 0 ? 0 : inside.Average(v => v.Confidence));
        }).ToList();
        var total = values.Count;
        var trusted = values.Where(v => v.Confidence >= reviewConfidence).ToList();
        return new Reliability(
            bins,
            total,
            values.Count(v => !v.Right),
            total == 0 ? 0 : bins.Sum(b => b.Count * Math.Abs(b.MeanConfidence - b.ShareRight)) / total,
            trusted.Count == 0 ? 1 : (double)trusted.Count(v => v.Right) / trusted.Count,
            total == 0 ? 0 : (double)(total - trusted.Count) / total,
            trusted.Count(v => !v.Right));
    }

    private static int Bin(double confidence) => Math.Clamp((int)(confidence * BinCount), 0, BinCount - 1);
}
