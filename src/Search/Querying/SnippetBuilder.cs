using System.Net;
using System.Text;
using DocArchive.Search.Analysis;

namespace DocArchive.Search.Querying;

/// <summary>
/// Picks the page of a hit where most of the searched words stand and cuts a snippet from it: the words are the
/// body-text matches the index recorded with their offsets (<see cref="TextOffsets"/>, so a word is marked whether
/// it matched as written or by a stem), the window of <see cref="FragmentSize"/> characters holding most of them is
/// kept, its text HTML-escaped and each match inside <c>&lt;mark&gt;</c>.
/// </summary>
internal static class SnippetBuilder
{
    /// <summary>About two lines of a results page.</summary>
    public const int FragmentSize = 200;

    /// <summary>Matches looked at per page: enough for the best window, bounded for pages that repeat a word.</summary>
    private const int MaxMatches = 200;

    /// <summary>How much text leads into the first match.</summary>
    private const int Lead = 40;

    /// <param name="matches">The matches in the body text, in text order; the pages' offsets follow each other as indexed.</param>
    /// <param name="pages">The document's pages, in the order they were indexed.</param>
    public static Snippet Build(IReadOnlyList<TextMatch> matches, IReadOnlyList<StoredPage> pages)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(pages);
        if (pages.Count == 0)
        {
            return new Snippet(1, "");
        }

        (StoredPage Page, Window Window)? best = null;
        var next = 0;
        var pageStart = 0;
        foreach (var page in pages)
        {
            var pageEnd = pageStart + page.Text.Length;
            var onPage = new List<TextMatch>();
            for (; next < matches.Count && matches[next].Start < pageEnd; next++)
            {
                var match = matches[next];
                if (match.Start >= pageStart && match.End <= pageEnd && onPage.Count < MaxMatches && (onPage.Count == 0 || onPage[^1].Start != match.Start - pageStart))
                {
                    onPage.Add(match with { Start = match.Start - pageStart, End = match.End - pageStart });
                }
            }

            var window = BestWindow(onPage);
            if (window is not null && (best is null || window.Score > best.Value.Window.Score))
            {
                best = (page, window);
            }

            pageStart = pageEnd + TextAnalyzer.PageOffsetGap;
        }

        return best is { } found ? new Snippet(found.Page.Number, Html(found.Page.Text, found.Window)) : Opening(pages[0]);
    }

    /// <summary>The run of matches within one fragment with the most distinct words, then the most matches.</summary>
    private static Window? BestWindow(List<TextMatch> matches)
    {
        Window? best = null;
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var last = -1;
        for (var first = 0; first < matches.Count; first++)
        {
            while (last + 1 < matches.Count && matches[last + 1].End - matches[first].Start <= FragmentSize - Lead)
            {
                last++;
                words[matches[last].Word] = words.GetValueOrDefault(matches[last].Word) + 1;
            }

            if (last < first)
            {
                last = first;
                words[matches[first].Word] = words.GetValueOrDefault(matches[first].Word) + 1;
            }

            var score = (words.Count * 1000) + (last - first + 1);
            if (best is null || score > best.Score)
            {
                best = new Window(matches, first, last, score);
            }

            if (--words[matches[first].Word] == 0)
            {
                words.Remove(matches[first].Word);
            }
        }

        return best;
    }

    private static string Html(string text, Window window)
    {
        var firstMatch = window.Matches[window.First];
        var lastMatch = window.Matches[window.Last];
        var start = Math.Max(0, firstMatch.Start - Lead);
        if (start > 0 && text.IndexOf(' ', start, firstMatch.Start - start) is >= 0 and var space)
        {
            start = space + 1;
        }

        var end = Math.Min(text.Length, start + FragmentSize);
        if (end < text.Length && text.LastIndexOf(' ', end - 1, end - lastMatch.End) is >= 0 and var cut)
        {
            end = cut;
        }

        var html = new StringBuilder(FragmentSize + 40);
        var at = start;
        for (var i = window.First; i <= window.Last && window.Matches[i].End <= end; i++)
        {
            var match = window.Matches[i];
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

    private sealed record Window(List<TextMatch> Matches, int First, int Last, int Score);
}
