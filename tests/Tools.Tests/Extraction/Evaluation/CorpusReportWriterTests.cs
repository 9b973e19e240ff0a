using DocArchive.Ingest.Extraction;
using DocArchive.Tools.Extraction.Evaluation;

namespace DocArchive.Tools.Tests.Extraction.Evaluation;

public sealed class CorpusReportWriterTests
{
    [Fact]
    public void Write_PrintsScoresTargetsTimesAndEveryMiss_WhenADocumentWasUnreadable()
    {
        var truth = new ExtractionRecord { DocumentType = DocumentTypes.Permit, Persons = [new PersonRecord { Name = "ZHANG WEI", PassportNumber = "E12345678" }] };
        var read = new ExtractionRecord { DocumentType = DocumentTypes.Permit, Persons = [new PersonRecord { Name = "ZHANG WEI", PassportNumber = "E12345678" }] };
        EvaluationCase[] cases = [new("0001-permit.pdf", truth, read), new("0002-permit.pdf", truth, new ExtractionRecord())];
        var scores = ExtractionEvaluator.Evaluate(cases);
        var report = new CorpusReport(
            scores,
            cases,
            [
                new FileExtractionResult("/corpus/0001-permit.pdf", read, null, TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(0.5)),
                new FileExtractionResult("/corpus/0002-permit.pdf", null, "the PDF is damaged", TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero),
            ],
            ["0003-permit.truth.json: not JSON"],
            TimeSpan.FromSeconds(12.3));
        using var output = new StringWriter();

        CorpusReportWriter.Write(output, "/corpus", report);

        var lines = output.ToString().Split(Environment.NewLine);
        Assert.Equal("/corpus: 2 documents in 12.3 s, 1 unreadable", lines[0]);
        Assert.Equal("document type accuracy 0.500 (1/2)", lines[1]);
        Assert.Matches(@"^persons\.passportNumber\s+1\.000\s+0\.500\s+0\.667\s+1\s+0\s+1$", lines.Single(l => l.StartsWith("persons.passportNumber", StringComparison.Ordinal)));
        Assert.Contains("target persons.passportNumber F1 >= 0.970: 0.667 NOT met", lines);
        Assert.Contains("time summed over documents: reading pages 9.0 s, re-reading zone bands 0.5 s, extracting 0.50 s: extraction adds 10.0% (target < 10%)", lines);
        Assert.Contains("unreadable 0002-permit.pdf: the PDF is damaged", lines);
        Assert.Contains("unreadable truth 0003-permit.truth.json: not JSON", lines);
        Assert.Contains($"misses ({scores.Misses.Count}): file, field, expected, got", lines);
        Assert.Contains("0002-permit.pdf\tpersons.passportNumber\tE12345678\tnull", lines);
    }
}
