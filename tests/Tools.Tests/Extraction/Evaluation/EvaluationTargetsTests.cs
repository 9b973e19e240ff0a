using DocArchive.Ingest.Extraction;
using DocArchive.Tools.Extraction.Evaluation;

namespace DocArchive.Tools.Tests.Extraction.Evaluation;

public class EvaluationTargetsTests
{
    [Fact]
    public void Check_HoldsScansToF1NamesTrustedPrecisionAndReviewLoad_WhenTheGroupIsScans()
    {
        var targets = EvaluationTargets.Check(Group("scan", trustedWrong: false));

        Assert.Equal(["scan F1", "scan names F1", "scan trusted precision", "scan review load"], targets.Select(t => t.Name));
        Assert.All(targets, t => Assert.True(t.Met, t.Name));
        Assert.True(targets.Single(t => t.Name == "scan review load").AtMost);
    }

    [Fact]
    public void Check_FailsTrustedPrecision_WhenAFieldCaptureTrustsAWrongValue()
    {
        var targets = EvaluationTargets.Check(Group("fax", trustedWrong: true));

        Assert.Equal(["fax F1", "fax trusted precision"], targets.Select(t => t.Name));
        Assert.False(targets.Single(t => t.Name == "fax trusted precision").Met);
        Assert.Empty(EvaluationTargets.Check(Group("born-digital", trustedWrong: true)));
    }

    private static EvaluationGroup Group(string capture, bool trustedWrong)
    {
        var truth = new ExtractionRecord { DocumentType = DocumentTypes.Permit, Persons = [new PersonRecord { Name = "ZHANG WEI", Position = "Geologist" }] };
        var extracted = truth with
        {
            Persons = [new PersonRecord { Name = "ZHANG WEI", Position = trustedWrong ? "Geolog1st" : "Geologist" }],
            Fields = new Dictionary<string, FieldEvidence>
            {
                ["name"] = new("ZHANG WEI", 0.99, 1, FieldSources.Label, null),
                ["position"] = new(trustedWrong ? "Geolog1st" : "Geologist", 0.95, 1, FieldSources.Label, null),
            },
        };
        return EvaluationGroup.Of(capture, [new EvaluationCase("a.pdf", truth, extracted, capture)], Reliability.DefaultReviewConfidence);
    }
}
