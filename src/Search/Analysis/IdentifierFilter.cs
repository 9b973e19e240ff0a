using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DocArchive.Search.Analysis;

/// <summary>
/// Keeps only the identifiers of a whitespace-split text, each in its compact form or, when
/// <c>ocrFolded</c>, its OCR-folded form (see <see cref="IdentifierForms"/>).
/// </summary>
internal sealed class IdentifierFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly bool ocrFolded;

    public IdentifierFilter(TokenStream input, bool ocrFolded)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        this.ocrFolded = ocrFolded;
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            if (!term.Buffer.AsSpan(0, term.Length).ContainsAnyInRange('0', '9'))
            {
                continue;
            }

            var compact = IdentifierForms.Compact(term.ToString());
            if (IdentifierForms.IsIdentifier(compact))
            {
                term.SetEmpty().Append(ocrFolded ? IdentifierForms.OcrFolded(compact) : compact);
                return true;
            }
        }

        return false;
    }
}
