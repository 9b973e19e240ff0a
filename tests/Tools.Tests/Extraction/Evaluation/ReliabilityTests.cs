using DocArchive.Ingest.Extraction;
using DocArchive.Tools.Extraction.Evaluation;

namespace DocArchive.Tools.Tests.Extraction.Evaluation;

public class ReliabilityTests
{
    [Fact]
    public void Of_GivesTrustedPrecisionReviewLoadAndCalibrationError_WhenValuesAreScored()
    {
        ScoredValue[] values = [Value(0.95, true), Value(0.95, false), Value(0.85, true), Value(0.5, true), Value(0.3, false)];

        var reliability = Reliability.Of(values, 0.8);

        Assert.Equal(2.0 / 3, reliability.TrustedPrecision, 6);
        Assert.Equal(0.4, reliability.ReviewLoad, 6);
        Assert.Equal(1, reliability.TrustedWrong);
        Assert.Equal(2, reliability.Wrong);
        Assert.Equal((0.9 + 0.15 + 0.5 + 0.3) / 5, reliability.ExpectedCalibrationError, 6);
        var top = reliability.Bins[9];
        Assert.Equal((2, 1, 0.5), (top.Count, top.Right, top.ShareRight));
        Assert.Equal(5, reliability.Bins.Sum(b => b.Count));
    }

    [Fact]
    public void Of_CountsAValueAtTheThresholdAsTrusted_WhenItEqualsReviewConfidence()
    {
        var reliability = Reliability.Of([Value(0.8, true), Value(0.79, false)], 0.8);

        Assert.Equal(1, reliability.TrustedPrecision);
        Assert.Equal(0.5, reliability.ReviewLoad);
    }

    [Fact]
    public void Of_IsZeroForAPerfectlyCalibratedSet_WhenShareRightMatchesConfidence()
    {
        var values = Enumerable.Range(0, 10).Select(i => Value(0.9, right: i < 9)).ToList();

        Assert.Equal(0, Reliability.Of(values, 0.8).ExpectedCalibrationError, 6);
    }

    private static ScoredValue Value(double confidence, bool right) => new("a.pdf", DocumentTypes.Permit, "scan", "name", confidence, right, FieldSources.Label, null);
}
