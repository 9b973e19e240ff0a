using System.Diagnostics.CodeAnalysis;
using DocArchive.Search.Indexing;
using DocArchive.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace DocArchive.Search.Analysis;

/// <summary>
/// The analysis of every field, chosen by field name. Keywords (ids, kinds, joined names, employer keys) stay whole.
/// Body text is tokenized once, case and accent folded, and holds
/// each word as written with its Indonesian and English stems stacked on it (<see cref="StemVariantsFilter"/>);
/// the offsets indexed with every form are the word's, so a snippet marks a word whichever form of it matched.
/// </summary>
public sealed class TextAnalyzer() : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Characters between two pages in the body text's offsets: a page's offsets start this far after the end of the
    /// page before it (<see cref="Querying.SnippetBuilder"/> maps them back to pages).
    /// </summary>
    internal const int PageOffsetGap = 1;

    /// <summary>Positions between two pages, so that a phrase never spans a page break.</summary>
    private const int PageGap = 100;

    /// <summary>The legal forms, dropped from company names so that <c>PT Maju</c> and <c>Maju Tbk</c> match.</summary>
    private static readonly CharArraySet LegalFormStops = new CharArraySet(Version, LegalForms.Words.ToList(), ignoreCase: true).AsReadOnly();

    [SuppressMessage("Reliability", "CA2000", Justification = "The chain is owned by the returned components, which the analyzer disposes.")]
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        if (fieldName is IndexSchema.Id or IndexSchema.Kind or IndexSchema.NameJoined or IndexSchema.EmployerKey)
        {
            return new TokenStreamComponents(new KeywordTokenizer(reader));
        }

        if (fieldName is IndexSchema.Identifier)
        {
            var whitespace = new WhitespaceTokenizer(Version, reader);
            return new TokenStreamComponents(whitespace, new IdentifierFilter(whitespace));
        }

        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(Version, tokenizer));
        TokenStream result = fieldName switch
        {
            IndexSchema.Text => new StemVariantsFilter(folded),
            IndexSchema.Company => new StopFilter(Version, folded, LegalFormStops),
            _ => folded,
        };
        return new TokenStreamComponents(tokenizer, result);
    }

    public override int GetPositionIncrementGap(string fieldName) => PageGap;

    public override int GetOffsetGap(string fieldName) => PageOffsetGap;
}
