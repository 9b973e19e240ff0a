using System.Text.RegularExpressions;
using DocArchive.Ingest.Extraction.Layout;
using DocArchive.Ingest.Reading;

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

    /// <summary>A wrapped value goes on at most this many rows further, each at most this many row heights below.</summary>
    private const int MaxContinuation = 2;
    private const double ContinuationGap = 0.9;

    /// <summary>The fields whose values are long enough to wrap onto the next row.</summary>
    private static readonly string[] Wrapping = ["employer", "location", "position", "name"];

    /// <summary>Colons standing in one column: their x-centres agree within this many row heights.</summary>
    private const double ColonColumnTolerance = 0.3;

    public static List<LabelHit> Extract(IReadOnlyList<TextLine> rows, IReadOnlySet<int> skip)
    {
        var lines = WithColons(rows);
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
            if (!value.Any(char.IsLetterOrDigit))
            {
                value = string.Empty;
            }

            var valueWords = words.Words;
            var valueRow = row;
            // A mark or two left of the value's column is what OCR made of a colon: the value is the next cell.
            if (value.Length <= 2 && s + 1 < segments.Count && !StartsWithLabel(line, segments[s + 1]))
            {
                (value, valueWords) = Text(line.Words, segments[s + 1]);
                segments.RemoveAt(s + 1);
                marked = true;
            }
            else if (value.Length == 0 && row + 1 < lines.Count && !skip.Contains(row + 1) && Close(line, lines[row + 1]))
            {
                (value, valueWords) = NextRowValue(lines[row + 1], match.Field, Boxes.Union(line.Words.Skip(firstWord).Take(endWord - firstWord).Select(w => w.Box)));
                valueRow = row + 1;
                marked = true;
            }

            if (value.Length > 0 && Wrapping.Contains(match.Field))
            {
                (value, valueWords) = Continued(lines, valueRow, skip, value, valueWords);
            }

            // Running text that starts with a word like Nomor or Tanggal names no document number or date.
            if (!marked && match.Field is "documentNumber" or "documentDate" && value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 4)
            {
                continue;
            }

            if (match.Field != "ignore" && value.Length > 0)
            {
                hits.Add(new LabelHit(match.Field, value, valueWords, line.Page, valueRow, marked));
            }
        }
    }

    /// <summary>The value on the row under a label standing alone: the cell of that row under the label (captions side by side).</summary>
    private static (string Text, IReadOnlyList<PageWord> Words) NextRowValue(TextLine next, string field, BoundingBox caption)
    {
        var tokens = Tokens.Of(next.Words);
        var segment = Segments(next)
            .OrderByDescending(s => Boxes.HorizontalOverlap(caption, Boxes.Union(next.Words.Skip(s.Start).Take(s.End - s.Start).Select(w => w.Box))))
            .ThenBy(s => Math.Abs(next.Words[s.Start].Box.Left - caption.Left))
            .First();
        var start = FirstToken(tokens, segment.Start);
        var label = LabelCatalog.Labels.Match(tokens, start, FirstToken(tokens, segment.End));
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

    /// <summary>
    /// A value that wraps: the rows under it that start where it starts, close below, with no label of their own.
    /// </summary>
    private static (string Text, IReadOnlyList<PageWord> Words) Continued(
        IReadOnlyList<TextLine> lines, int row, IReadOnlySet<int> skip, string value, IReadOnlyList<PageWord> words)
    {
        var all = words.ToList();
        var text = value;
        for (var next = row + 1; next < lines.Count && next <= row + MaxContinuation && !skip.Contains(next); next++)
        {
            var line = lines[next];
            var start = Enumerable.Range(0, line.Words.Count).FirstOrDefault(i => line.Words[i].Text.Any(char.IsLetterOrDigit), -1);
            if (start < 0 || line.Box.Top - lines[next - 1].Box.Bottom > ContinuationGap * lines[next - 1].Height
                || Math.Abs(line.Words[start].Box.Left - all[0].Box.Left) > lines[next - 1].Height)
            {
                break;
            }

            var segment = Segments(line).First(s => s.End > start);
            segment = (start, segment.End);
            if (StartsWithLabel(line, segment))
            {
                break;
            }

            var (more, moreWords) = Text(line.Words, segment);
            text = $"{text} {more}";
            all.AddRange(moreWords);
        }

        return (text, all);
    }

    /// <summary>
    /// The rows with what OCR made of colons turned back into <c>:</c>: marks standing alone (<c>;</c>, <c>|</c>, <c>_</c>,
    /// <c>—</c>, <c>"+</c>), and one or two characters in the column where the page's colons stand (<c>1</c>, <c>i</c>).
    /// </summary>
    private static List<TextLine> WithColons(IReadOnlyList<TextLine> lines)
    {
        var colons = lines.SelectMany(l => l.Words.Where(w => w.Text == ":").Select(w => (Center: Center(w.Box), l.Height))).ToList();
        var columns = colons.Where(c => colons.Count(o => Math.Abs(o.Center - c.Center) <= ColonColumnTolerance * c.Height) >= 2).ToList();
        return [.. lines.Select(line =>
        {
            // In the colon column, a letter or digit is a colon only when no colon stands before it (Kelas I TPI).
            var firstColon = line.Words.ToList().FindIndex(w => w.Text == ":");
            var words = line.Words.Select((w, i) =>
                w.Text != ":" && i > 0 && i < line.Words.Count - 1
                && (ColonMark().IsMatch(w.Text)
                    || (ColonInColumn().IsMatch(w.Text) && (firstColon < 0 || firstColon > i)
                        && columns.Any(c => Math.Abs(c.Center - Center(w.Box)) <= ColonColumnTolerance * line.Height)))
                    ? w with { Text = ":" }
                    : w).ToList();
            return words.SequenceEqual(line.Words) ? line : new TextLine(line.Page, words);
        })];
    }

    private static double Center(BoundingBox box) => (box.Left + box.Right) / 2;

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

    /// <summary>A colon as OCR reads it wherever it stands: one to three marks, none a letter, digit or slash, not only dots and commas.</summary>
    [GeneratedRegex(@"^(?=.*[^.,])[:;|!+~_=\-—–'""“”‘’«»?.,]{1,3}$")]
    private static partial Regex ColonMark();

    /// <summary>A colon as OCR reads it in the column where the page's colons stand: marks with at most one 1, i, l or I among them.</summary>
    [GeneratedRegex(@"^(?=[^1ilI]*[1ilI]?[^1ilI]*$)[:;|!+~_=\-—–'""“”‘’«»?.,1ilI]{1,3}$")]
    private static partial Regex ColonInColumn();
}
