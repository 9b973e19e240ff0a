using DocArchive.Ingest.Extraction;
using DocArchive.Tools.Extraction.Evaluation;

namespace DocArchive.Tools.Tests.Extraction.Evaluation;

public class ExtractionEvaluatorTests
{
    [Fact]
    public void Evaluate_CountsMatchesMissesAndInventions_WhenPersonsArePairedByPassport()
    {
        var truth = new ExtractionRecord
        {
            DocumentType = DocumentTypes.FieldReport,
            Employer = "PT Sinar Batu Mining",
            Persons = [new PersonRecord { Name = "ZHANG WEI", PassportNumber = "E12345678" }, new PersonRecord { Name = "KIM MIN", PassportNumber = "M12345678" }],
        };
        var extracted = truth with
        {
            Employer = "SINAR BATU MINING, PT",
            Persons = [new PersonRecord { Name = "KIM MIN", PassportNumber = "M12345678", Nationality = "KOR" }, new PersonRecord { Name = "Wei Zhang", PassportNumber = "E12345678" }],
        };

        var report = ExtractionEvaluator.Evaluate([new EvaluationCase("a.pdf", truth, extracted)]);

        Assert.Equal(1, report.DocumentTypeAccuracy);
        Assert.Equal(5, report.Overall.TruePositives);
        Assert.Equal(1, report.Overall.FalsePositives);
        Assert.Equal(0, report.Overall.FalseNegatives);
        var miss = Assert.Single(report.Misses);
        Assert.Equal("persons.nationality", miss.Field);
    }

    [Fact]
    public void Evaluate_RecordsTypeMiss_WhenTypeDiffers()
    {
        var report = ExtractionEvaluator.Evaluate([new EvaluationCase("b.pdf", new ExtractionRecord { DocumentType = DocumentTypes.Permit }, new ExtractionRecord())]);

        Assert.Equal(0, report.DocumentTypeAccuracy);
        Assert.Contains(report.Misses, m => m.Field == "documentType" && m.Expected == "permit");
    }

    [Fact]
    public void Evaluate_ScoresEveryValueWithEvidence_WhenPersonsArePairedOutOfOrder()
    {
        var truth = new ExtractionRecord
        {
            DocumentType = DocumentTypes.FieldReport,
            Employer = "PT Sinar Batu Mining",
            Persons = [new PersonRecord { Name = "ZHANG WEI", PassportNumber = "E12345678" }, new PersonRecord { Name = "KIM MIN", PassportNumber = "M12345678" }],
        };
        var extracted = truth with
        {
            Persons = [new PersonRecord { Name = "KIM MIN", PassportNumber = "M12345679" }, new PersonRecord { Name = "ZHANG WEI", PassportNumber = "E12345678" }],
            Fields = new Dictionary<string, FieldEvidence>
            {
                ["employer"] = Evidence("PT. SINAR BATU MINING", 0.9),
                ["name"] = Evidence("KIM MIN", 0.95),
                ["passportNumber"] = Evidence("M12345679", 0.85),
                ["persons[1].name"] = Evidence("ZHANG WEI", 0.7),
            },
        };

        var report = ExtractionEvaluator.Evaluate([new EvaluationCase("c.pdf", truth, extracted, "fax")]);

        Assert.Equal(
            ["employer right", "name right", "passportNumber wrong", "persons[1].name right"],
            report.Values.Select(v => $"{v.Field} {(v.Right ? "right" : "wrong")}"));
        Assert.All(report.Values, v => Assert.Equal("fax", v.Capture));
        Assert.Equal(0.85, report.Values.Single(v => !v.Right).Confidence);
    }

    private static FieldEvidence Evidence(string value, double confidence) => new(value, confidence, 1, FieldSources.Label, null);
}
