using DocArchive.Ingest.Jobs;
using DocArchive.Tools.Commands;

namespace DocArchive.Tools.Tests.Commands;

public sealed class StageTotalsTests
{
    [Fact]
    public void Add_SumsPageReadsAndJobStages_WhenNodesLogThemAsJson()
    {
        var totals = new StageTotals();

        totals.Add([
            """{"EventId":1004,"State":{"DecodeMilliseconds":"12.5","OcrMilliseconds":"800"}}""",
            """{"EventId":1004,"State":{"DecodeMilliseconds":7.5,"OcrMilliseconds":200}}""",
            """{"EventId":1110,"State":{"Stage":"catalog","Milliseconds":"30"}}""",
            """{"EventId":1110,"State":{"Stage":"catalog","Milliseconds":"10"}}""",
            """{"EventId":1200,"State":{"Milliseconds":"99"}}""",
            "info: a line that is no JSON",
        ]);

        Assert.Equal(
            new Dictionary<string, double> { [IngestStages.Decode] = 20, [IngestStages.Ocr] = 1000, [IngestStages.Catalog] = 40 },
            totals.Milliseconds);
    }
}
