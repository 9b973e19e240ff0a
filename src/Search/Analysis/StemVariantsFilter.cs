using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace DocArchive.Search.Analysis;

/// <summary>
/// Emits each word as written and, at the same position, its Indonesian and English stems: the highlighter
/// then marks a word whichever body field it matched in.
/// </summary>
internal sealed class StemVariantsFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute position;
    private readonly IndonesianStemmer indonesian = new();
    private readonly EnglishStemmer english = new();
    private readonly Queue<string> pending = new();
    private State? word;

    public StemVariantsFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (pending.Count > 0)
        {
            RestoreState(word);
            term.SetEmpty().Append(pending.Dequeue());
            position.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var original = term.ToString();
        var buffer = original.ToCharArray();
        var indonesianStem = new string(buffer, 0, indonesian.Stem(buffer, buffer.Length, stemDerivational: true));
        english.SetCurrent(original);
        english.Stem();
        var englishStem = english.Current;
        if (!string.Equals(indonesianStem, original, StringComparison.Ordinal))
        {
            pending.Enqueue(indonesianStem);
        }

        if (!string.Equals(englishStem, original, StringComparison.Ordinal)
            && !string.Equals(englishStem, indonesianStem, StringComparison.Ordinal))
        {
            pending.Enqueue(englishStem);
        }

        if (pending.Count > 0)
        {
            word = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        pending.Clear();
        word = null;
    }
}
