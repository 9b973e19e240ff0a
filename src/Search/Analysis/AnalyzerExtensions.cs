using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DocArchive.Search.Analysis;

/// <summary>Runs a field's analysis on a short text typed by a user.</summary>
internal static class AnalyzerExtensions
{
    public static IReadOnlyList<AnalyzedToken> Tokens(this Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), position));
        }

        stream.End();
        return tokens;
    }
}
