using DocArchive.Search.Analysis;
using DocArchive.Search.Indexing;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace DocArchive.Search.Querying;

/// <summary>
/// Picks the page of a hit where the query scores best and cuts a snippet from it with Lucene's highlighter:
/// the text HTML-escaped, each match inside <c>&lt;mark&gt;</c>. Words are scored as terms (the words of a phrase
/// are marked wherever they stand): no index of the page is built, which keeps twenty snippets within milliseconds.
/// </summary>
internal sealed class SnippetBuilder(TextAnalyzer analyzer)
{
    /// <summary>About two lines of a results page.</summary>
    public const int FragmentSize = 200;

    /// <summary>Beyond this many characters of one document, the remaining pages are not searched for a snippet.</summary>
    private const int MaxCharsPerDocument = 500_000;

    public Snippet Build(Query query, IReadOnlyList<StoredPage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        if (pages.Count == 0)
        {
            return new Snippet(1, "");
        }

        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryTermScorer(query))
        {
            TextFragmenter = new SimpleFragmenter(FragmentSize),
        };
        Snippet? best = null;
        var bestScore = 0f;
        var budget = MaxCharsPerDocument;
        foreach (var page in pages)
        {
            if (budget <= 0)
            {
                break;
            }

            budget -= page.Text.Length;
            using var tokens = analyzer.GetTokenStream(IndexSchema.Text, page.Text);
            var fragment = highlighter.GetBestTextFragments(tokens, page.Text, mergeContiguousFragments: false, maxNumFragments: 1)
                .FirstOrDefault(f => f is not null);
            if (fragment is not null && fragment.Score > bestScore)
            {
                bestScore = fragment.Score;
                best = new Snippet(page.Number, fragment.ToString().Trim());
            }
        }

        return best ?? Opening(pages[0]);
    }

    /// <summary>The start of a page, when the query matched nothing that can be shown.</summary>
    private static Snippet Opening(StoredPage page)
    {
        var text = page.Text.Trim();
        if (text.Length > FragmentSize)
        {
            var cut = text.LastIndexOf(' ', FragmentSize);
            text = string.Concat(text.AsSpan(0, cut > 0 ? cut : FragmentSize), "…");
        }

        return new Snippet(page.Number, SimpleHTMLEncoder.HtmlEncode(text));
    }
}
