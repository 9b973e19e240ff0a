using DocArchive.Search.Analysis;
using DocArchive.Search.Indexing;

namespace DocArchive.Search.Tests.Analysis;

public sealed class StemVariantsFilterTests
{
    [Fact]
    public void IncrementToken_StacksTheStemsOnTheWord_AtOnePosition()
    {
        using var analyzer = new TextAnalyzer();

        var tokens = analyzer.Tokens(IndexSchema.Highlight, "Pekerjaan workers izin");

        Assert.Equal(
            [
                new AnalyzedToken("pekerjaan", 0),
                new AnalyzedToken("kerja", 0),
                new AnalyzedToken("workers", 1),
                new AnalyzedToken("worker", 1),
                new AnalyzedToken("izin", 2),
            ],
            tokens);
    }
}
