using System.Net;
using System.Text;
using DocArchive.Search.Analysis;
using DocArchive.Search.Indexing;
using Lucene.Net.Analysis.TokenAttributes;

namespace DocArchive.Search.Querying;

/// <summary>
/// Picks the page of a hit where most of the searched words stand and cuts a snippet from it: the words are found by
/// the body-text analysis (so a word is marked whether it matched as written or by a stem), the window of
/// <see cref="FragmentSize"/> characters holding most of them is kept, its text HTML-escaped and each match inside
/// <c>&lt;mark&gt;</c>.
/// </summary>
internal sealed class SnippetBuilder(TextAnalyzer analyzer)
{
    /// <summary>About two lines of a results page.</summary>
    public const int FragmentSize = 200;

    /// <summary>Beyond this many characters of one document, the remaining pages are not searched for a snippet.</summary>
    private const int MaxCharsPerDocument = 500_000;

    /// <summary>Matches looked at per page: enough for the best window, bounded for pages that repeat a word.</summary>
    private const int MaxMatches = 200;

    /// <summary>How much text leads into the first match.</summary>
    private const int Lead = 40;

    public Snippet Build(IReadOnlySet<string> terms, IReadOnlyList<StoredPage> pages)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(pages);
        if (pages.Count == 0)
        {
            return new Snippet(1, "");
        }

        var lookup = terms is HashSet<string> set && set.Comparer == StringComparer.Ordinal
            ? set
            : new HashSet<string>(terms, StringComparer.Ordinal);
        (StoredPage Page, Window Window)? best = null;
        var budget = MaxCharsPerDocument;
        foreach (var page in pages)
        {
            if (budget <= 0)
            {
                break;
            }

            budget -= page.Text.Length;
            var window = BestWindow(Matches(lookup, page.Text));
            if (window is not null && (best is null || window.Score > best.Value.Window.Score))
            {
                best = (page, window);
            }
        }

        return best is { } found ? new Snippet(found.Page.Number, Html(found.Page.Text, found.Window)) : Opening(pages[0]);
    }

    private List<Match> Matches(HashSet<string> terms, string text)
    {
        var matches = new List<Match>();
        if (terms.Count == 0)
        {
            return matches;
        }

        var bySpan = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        using var tokens = analyzer.GetTokenStream(IndexSchema.Text, text);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        var offsets = tokens.AddAttribute<IOffsetAttribute>();
        tokens.Reset();
        while (tokens.IncrementToken() && matches.Count < MaxMatches)
        {
            if (bySpan.TryGetValue(term.Buffer.AsSpan(0, term.Length), out var matched)
                && (matches.Count == 0 || matches[^1].Start != offsets.StartOffset))
            {
                matches.Add(new Match(offsets.StartOffset, offsets.EndOffset, matched.TrimStart(Stems.IndonesianMark, Stems.EnglishMark)));
            }
        }

        tokens.End();
        return matches;
    }

    /// <summary>The run of matches within one fragment with the most distinct words, then the most matches.</summary>
    private static Window? BestWindow(List<Match> matches)
    {
        Window? best = null;
        for (var first = 0; first < matches.Count; first++)
        {
            var last = first;
            while (last + 1 < matches.Count && matches[last + 1].End - matches[first].Start <= FragmentSize - Lead)
            {
                last++;
            }

            var words = matches.Skip(first).Take(last - first + 1).Select(m => m.Word).Distinct(StringComparer.Ordinal).Count();
            var score = (words * 1000) + (last - first + 1);
            if (best is null || score > best.Score)
            {
                best = new Window(matches.GetRange(first, last - first + 1), score);
            }
        }

        return best;
    }

    private static string Html(string text, Window window)
    {
        var start = Math.Max(0, window.Matches[0].Start - Lead);
        if (start > 0 && text.IndexOf(' ', start, window.Matches[0].Start - start) is >= 0 and var space)
        {
            start = space + 1;
        }

        var end = Math.Min(text.Length, start + FragmentSize);
        if (end < text.Length && text.LastIndexOf(' ', end - 1, end - window.Matches[^1].End) is >= 0 and var cut)
        {
            end = cut;
        }

        var html = new StringBuilder(FragmentSize + 40);
        var at = start;
        foreach (var match in window.Matches.Where(m => m.End <= end))
        {
            html.Append(WebUtility.HtmlEncode(text[at..match.Start]))
                .Append("<mark>").Append(WebUtility.HtmlEncode(text[match.Start..match.End])).Append("</mark>");
            at = match.End;
        }

        return html.Append(WebUtility.HtmlEncode(text[at..end])).ToString().Trim();
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

        return new Snippet(page.Number, WebUtility.HtmlEncode(text));
    }

    private sealed record Match(int Start, int End, string Word);

    private sealed record Window(List<Match> Matches, int Score);
}
