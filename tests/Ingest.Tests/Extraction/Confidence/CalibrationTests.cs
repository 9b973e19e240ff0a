using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Extraction.Confidence;

namespace DocArchive.Ingest.Tests.Extraction.Confidence;

public class CalibrationTests
{
    [Fact]
    public void Calibrate_HoldsTheValueBelowReview_WhenItIsDoubtedHoweverSureTheOcr()
    {
        var calibrated = Calibration.Calibrate("position", Evidence(FieldSources.Label, 0.95), Doubts.Truncated, agreed: true);

        Assert.True(calibrated.Confidence < 0.8);
        Assert.Equal(Doubts.Truncated, calibrated.Doubt);
    }

    [Fact]
    public void Calibrate_RaisesTheConfidence_WhenASecondReadingAgrees()
    {
        var alone = Calibration.Calibrate("position", Evidence(FieldSources.Table, 0.8), null, agreed: false);
        var agreed = Calibration.Calibrate("position", Evidence(FieldSources.Table, 0.8), null, agreed: true);

        Assert.True(agreed.Confidence > alone.Confidence);
        Assert.Null(agreed.Doubt);
    }

    [Fact]
    public void Calibrate_TrustsATableNameLessThanAnotherCell_WhenBothReadAlike()
    {
        var name = Calibration.Calibrate("name", Evidence(FieldSources.Table, 0.75), null, agreed: false);
        var nationality = Calibration.Calibrate("nationality", Evidence(FieldSources.Table, 0.75), null, agreed: false);

        Assert.True(name.Confidence < 0.8, "a table name read at 0.75 is right about seven times in ten");
        Assert.True(nationality.Confidence > name.Confidence);
    }

    [Theory]
    [InlineData(FieldSources.Label)]
    [InlineData(FieldSources.Table)]
    [InlineData(FieldSources.Pattern)]
    [InlineData(FieldSources.Mrz)]
    public void Calibrate_NeverLowersTheConfidence_WhenTheOcrIsSurer(string source)
    {
        var confidences = Enumerable.Range(0, 21).Select(i => Calibration.Calibrate("position", Evidence(source, i / 20.0), null, agreed: false).Confidence).ToList();

        Assert.Equal(confidences.Order(), confidences);
        Assert.All(confidences, c => Assert.InRange(c, 0, 1));
    }

    private static FieldEvidence Evidence(string source, double confidence) => new("X", confidence, 1, source, null);
}
