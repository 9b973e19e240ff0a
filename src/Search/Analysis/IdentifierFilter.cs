using DocArchive.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DocArchive.Search.Analysis;

/// <summary>
/// Keeps only the identifiers of a whitespace-split text, each in its compact form and, at the same position when
/// it differs, its marked OCR-folded form (see <see cref="IdentifierForms"/>).
/// </summary>
internal sealed class IdentifierFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute position;
    private string? pendingFolded;

    public IdentifierFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (pendingFolded is not null)
        {
            term.SetEmpty().Append(pendingFolded);
            position.PositionIncrement = 0;
            pendingFolded = null;
            return true;
        }

        while (m_input.IncrementToken())
        {
            if (!term.Buffer.AsSpan(0, term.Length).ContainsAnyInRange('0', '9'))
            {
                continue;
            }

            var compact = IdentifierForms.Compact(term.ToString());
            if (IdentifierForms.IsIdentifier(compact))
            {
                term.SetEmpty().Append(compact);
                pendingFolded = IdentifierForms.MarkedFolded(compact);
                return true;
            }
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        pendingFolded = null;
    }
}
