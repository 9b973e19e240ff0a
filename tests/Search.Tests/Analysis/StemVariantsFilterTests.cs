using DocArchive.Search.Analysis;
using DocArchive.Search.Indexing;

namespace DocArchive.Search.Tests.Analysis;

public sealed class StemVariantsFilterTests
{
    [Fact]
    public void IncrementToken_StacksTheMarkedStemsOnTheWord_OnlyWhereTheyDiffer()
    {
        using var analyzer = new TextAnalyzer();

        var tokens = analyzer.Tokens(IndexSchema.Text, "Pekerjaan workers izin");

        Assert.Equal(
            [
                new AnalyzedToken("pekerjaan", 0),
                new AnalyzedToken(Stems.IndonesianMark + "kerja", 0),
                new AnalyzedToken("workers", 1),
                new AnalyzedToken(Stems.EnglishMark + "worker", 1),
                new AnalyzedToken("izin", 2),
            ],
            tokens);
    }
}
