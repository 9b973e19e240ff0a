using System.Text.RegularExpressions;
using DocArchive.Ingest.Extraction.Layout;
using DocArchive.Ingest.Pages;

namespace DocArchive.Ingest.Extraction.Labels;

/// <summary>
/// Finds <c>Label : value</c> pairs on a page. A label starts a row or a cell (a segment of the row between wide gaps),
/// may be followed by its translation (<c>Nama / Name</c>), a colon or not; the value follows on the same row, in the
/// next cell, or on the next row when the label stands alone. A second label with a colon ends a value
/// (<c>Nama: X Kewarganegaraan: Y</c>).
/// </summary>
internal static partial class LabelExtractor
{
    /// <summary>A gap wider than this many row heights separates cells.</summary>
    private const double CellGap = 1.2;

    public static List<LabelHit> Extract(IReadOnlyList<TextLine> lines, IReadOnlySet<int> skip)
    {
        var hits = new List<LabelHit>();
        for (var row = 0; row < lines.Count; row++)
        {
            if (!skip.Contains(row))
            {
                ReadRow(lines, row, skip, hits);
            }
        }

        return hits;
    }

    private static void ReadRow(IReadOnlyList<TextLine> lines, int row, IReadOnlySet<int> skip, List<LabelHit> hits)
    {
        var line = lines[row];
        var tokens = Tokens.Of(line.Words);
        var segments = Segments(line);
        var catalog = LabelCatalog.Labels;
        for (var s = 0; s < segments.Count; s++)
        {
            var (firstWord, endWord) = segments[s];
            var tStart = FirstToken(tokens, firstWord);
            var tEnd = FirstToken(tokens, endWord);
            if (tStart < tEnd - 1 && IsEnumerator(line.Words[tokens[tStart].Word].Text))
            {
                tStart++;
            }

            if (tStart >= tEnd || catalog.Match(tokens, tStart, tEnd) is not { } match)
            {
                continue;
            }

            var end = match.End;
            while (end < tEnd && catalog.Match(tokens, end, tEnd) is { } again && again.Field == match.Field)
            {
                end = again.End;
            }

            var valueEnd = endWord;
            for (var j = end; j < tEnd; j++)
            {
                if (tokens[j].Start == 0 && tokens[j].Word > tokens[end - 1].Word
                    && catalog.Match(tokens, j, tEnd) is { } next && tokens[next.End - 1].ColonAfter)
                {
                    valueEnd = tokens[j].Word;
                    segments.Insert(s + 1, (valueEnd, endWord));
                    break;
                }
            }

            var last = tokens[end - 1];
            var words = ValueWords(line.Words, last.Word, last.End, valueEnd);
            var marked = last.ColonAfter || words.Text.StartsWith(':');
            var value = words.Text.TrimStart(':', ' ', '.', '-').Trim();
            var valueWords = words.Words;
            var valueRow = row;
            if (value.Length == 0 && s + 1 < segments.Count && !StartsWithLabel(line, segments[s + 1]))
            {
                (value, valueWords) = Text(line.Words, segments[s + 1]);
                segments.RemoveAt(s + 1);
                marked = true;
            }
            else if (value.Length == 0 && row + 1 < lines.Count && !skip.Contains(row + 1) && Close(line, lines[row + 1]))
            {
                (value, valueWords) = NextRowValue(lines[row + 1], match.Field);
                valueRow = row + 1;
                marked = true;
            }

            if (match.Field != "ignore" && value.Length > 0)
            {
                hits.Add(new LabelHit(match.Field, value, valueWords, line.Page, valueRow, marked));
            }
        }
    }

    private static (string Text, IReadOnlyList<PageWord> Words) NextRowValue(TextLine next, string field)
    {
        var tokens = Tokens.Of(next.Words);
        var segment = Segments(next)[0];
        var label = LabelCatalog.Labels.Match(tokens, 0, FirstToken(tokens, segment.End));
        if (label is null)
        {
            return Text(next.Words, segment);
        }

        if (label.Field != field)
        {
            return (string.Empty, []);
        }

        var last = tokens[label.End - 1];
        var words = ValueWords(next.Words, last.Word, last.End, next.Words.Count);
        return (words.Text.TrimStart(':', ' ').Trim(), words.Words);
    }

    private static bool StartsWithLabel(TextLine line, (int Start, int End) segment)
    {
        var tokens = Tokens.Of(line.Words);
        var start = FirstToken(tokens, segment.Start);
        return LabelCatalog.Labels.Match(tokens, start, FirstToken(tokens, segment.End)) is not null;
    }

    private static bool Close(TextLine line, TextLine next) =>
        next.Box.Top - line.Box.Bottom < 1.5 * line.Height && next.Box.Right > line.Box.Left;

    /// <summary>The words after character <paramref name="offset"/> of word <paramref name="word"/>, up to word <paramref name="end"/>.</summary>
    private static (string Text, IReadOnlyList<PageWord> Words) ValueWords(IReadOnlyList<PageWord> words, int word, int offset, int end)
    {
        var parts = new List<string>();
        var used = new List<PageWord>();
        var rest = words[word].Text[offset..];
        if (rest.Trim(':', ' ', '.').Length > 0)
        {
            parts.Add(rest);
            used.Add(words[word]);
        }
        else if (rest.Contains(':', StringComparison.Ordinal))
        {
            parts.Add(":");
        }

        for (var i = word + 1; i < end; i++)
        {
            parts.Add(words[i].Text);
            if (words[i].Text.Trim(':').Length > 0)
            {
                used.Add(words[i]);
            }
        }

        return (string.Join(' ', parts).Trim(), used);
    }

    private static (string Text, IReadOnlyList<PageWord> Words) Text(IReadOnlyList<PageWord> words, (int Start, int End) segment)
    {
        var used = words.Skip(segment.Start).Take(segment.End - segment.Start).Where(w => w.Text.Trim(':').Length > 0).ToList();
        return (string.Join(' ', used.Select(w => w.Text)).TrimStart(':', ' ').Trim(), used);
    }

    private static int FirstToken(IReadOnlyList<LineToken> tokens, int word)
    {
        var index = 0;
        while (index < tokens.Count && tokens[index].Word < word)
        {
            index++;
        }

        return index;
    }

    /// <summary>The row cut into cells at gaps wider than <see cref="CellGap"/> row heights: word ranges [start, end).</summary>
    public static List<(int Start, int End)> Segments(TextLine line)
    {
        var segments = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 1; i <= line.Words.Count; i++)
        {
            var colon = i < line.Words.Count && (line.Words[i].Text == ":" || line.Words[i - 1].Text == ":");
            if (i == line.Words.Count || (!colon && line.Words[i].Box.Left - line.Words[i - 1].Box.Right > CellGap * line.Height))
            {
                segments.Add((start, i));
                start = i;
            }
        }

        return segments;
    }

    private static bool IsEnumerator(string word) => Enumerator().IsMatch(word);

    [GeneratedRegex(@"^\(?(?:\d{1,2}|[a-zA-Z]|[IVX]{1,4})[.)]$")]
    private static partial Regex Enumerator();
}
