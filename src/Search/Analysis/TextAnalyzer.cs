using System.Diagnostics.CodeAnalysis;
using DocArchive.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace DocArchive.Search.Analysis;

/// <summary>
/// The analysis of every field, chosen by field name. All body fields share one tokenizer with case and accent
/// folding, so a word has the same position and offsets in each of them.
/// </summary>
public sealed class TextAnalyzer() : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Positions between two pages, so that a phrase never spans a page break.</summary>
    private const int PageGap = 100;

    [SuppressMessage("Reliability", "CA2000", Justification = "The chain is owned by the returned components, which the analyzer disposes.")]
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        if (fieldName is IndexSchema.Identifier or IndexSchema.IdentifierOcr)
        {
            var whitespace = new WhitespaceTokenizer(Version, reader);
            return new TokenStreamComponents(whitespace, new IdentifierFilter(whitespace, fieldName == IndexSchema.IdentifierOcr));
        }

        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(Version, tokenizer));
        TokenStream result = fieldName switch
        {
            IndexSchema.Text => new IndonesianStemFilter(folded),
            IndexSchema.TextEnglish => new SnowballFilter(folded, new EnglishStemmer()),
            IndexSchema.Highlight => new StemVariantsFilter(folded),
            IndexSchema.Company => new StopFilter(Version, folded, LegalForms.Set),
            _ => folded,
        };
        return new TokenStreamComponents(tokenizer, result);
    }

    public override int GetPositionIncrementGap(string fieldName) => PageGap;
}
