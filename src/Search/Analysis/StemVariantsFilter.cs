using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DocArchive.Search.Analysis;

/// <summary>
/// Emits each word as written and, at the same position and offsets, its marked Indonesian and English stems
/// (see <see cref="Stems"/>): one field holds exact words for phrases and both stems, and the highlighter marks a
/// word whichever of them matched. A stem is emitted right after its word, so every other attribute (offsets, type)
/// still holds the word's: only the term and the position increment change.
/// </summary>
internal sealed class StemVariantsFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute position;
    private string? pendingIndonesian;
    private string? pendingEnglish;

    public StemVariantsFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (pendingIndonesian is not null || pendingEnglish is not null)
        {
            var next = pendingIndonesian ?? pendingEnglish!;
            if (pendingIndonesian is not null)
            {
                pendingIndonesian = null;
            }
            else
            {
                pendingEnglish = null;
            }

            term.SetEmpty().Append(next);
            position.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var stems = Stems.Of(term.Buffer.AsSpan(0, term.Length));
        pendingIndonesian = stems.Indonesian;
        pendingEnglish = stems.English;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        pendingIndonesian = null;
        pendingEnglish = null;
    }
}
