using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Model;

namespace DocArchive.Ingest.Tests.Catalog;

public sealed class CorrectionRulesTests
{
    private static readonly ExtractionRecord Report = new()
    {
        DocumentType = DocumentTypes.FieldReport,
        Employer = "PT Sinar Batu Minning",
        Persons =
        [
            new PersonRecord { Name = "ZHANG WEI", Employer = "PT Sinar Batu Minning" },
            new PersonRecord { Name = "KIM MINJUN", Employer = "PT Sinar Batu Minning" },
            new PersonRecord { Name = "RAJ KUMAR", Employer = "PT Cahaya Makmur" },
        ],
        Fields = new Dictionary<string, FieldEvidence>
        {
            ["employer"] = new("PT Sinar Batu Minning", 0.7, 1, FieldSources.Label, null),
            ["persons[2].employer"] = new("PT Cahaya Makmur", 0.9, 1, FieldSources.Table, null),
        },
    };

    [Fact]
    public void Apply_ReplacesTheDocumentsEmployerAndThoseWhoTookIt_WhenTheBareEmployerIsCorrected()
    {
        var record = CorrectionRules.Apply(Report, [Correction("employer", "PT Sinar Batu Mining")]);

        Assert.Equal("PT Sinar Batu Mining", record.Employer);
        Assert.Equal(["PT Sinar Batu Mining", "PT Sinar Batu Mining", "PT Cahaya Makmur"], record.Persons.Select(p => p.Employer));
        Assert.Equal("PT Sinar Batu Minning", record.Fields["employer"].Value);
    }

    [Fact]
    public void Apply_LeavesTheDocumentsEmployer_WhenTheFieldWasTheFirstPersonsOwn()
    {
        var report = Report with
        {
            Fields = new Dictionary<string, FieldEvidence> { ["employer"] = new("PT Cahaya Makmur", 0.9, 1, FieldSources.Table, null) },
            Persons = [Report.Persons[0] with { Employer = "PT Cahaya Makmur" }, Report.Persons[1]],
        };

        var record = CorrectionRules.Apply(report, [Correction("employer", "PT Cahaya Makmur Minerals")]);

        Assert.Equal("PT Sinar Batu Minning", record.Employer);
        Assert.Equal(["PT Cahaya Makmur Minerals", "PT Sinar Batu Minning"], record.Persons.Select(p => p.Employer));
    }

    [Fact]
    public void Apply_SetsThePersonsAndDocumentsValues_AndIgnoresAPersonTheRecordLacks()
    {
        var record = CorrectionRules.Apply(
            Report,
            [
                Correction("persons[1].dateOfBirth", "1990-02-28"),
                Correction("documentDate", "2024-03-14"),
                Correction("persons[7].name", "NOBODY"),
            ]);

        Assert.Equal(new DateOnly(1990, 2, 28), record.Persons[1].DateOfBirth);
        Assert.Equal(new DateOnly(2024, 3, 14), record.DocumentDate);
        Assert.Equal(3, record.Persons.Count);
        Assert.Equal(Report.Persons.Select(p => p.Name), record.Persons.Select(p => p.Name));
    }

    private static FieldCorrection Correction(string key, string value) =>
        new() { Key = key, Value = value, CorrectedBy = "pejabat1", CorrectedAt = DateTimeOffset.UtcNow };
}
