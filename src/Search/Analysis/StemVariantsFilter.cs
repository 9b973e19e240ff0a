using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DocArchive.Search.Analysis;

/// <summary>
/// Emits each word as written and, at the same position and offsets, its marked Indonesian and English stems
/// (see <see cref="Stems"/>): one field holds exact words for phrases and both stems, and the highlighter marks a
/// word whichever of them matched.
/// </summary>
internal sealed class StemVariantsFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute position;
    private string? pendingIndonesian;
    private string? pendingEnglish;
    private State? word;

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
            RestoreState(word);
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
        if (stems.Indonesian is not null || stems.English is not null)
        {
            word = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        pendingIndonesian = null;
        pendingEnglish = null;
        word = null;
    }
}
