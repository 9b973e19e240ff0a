using DocArchive.Ingest.Extraction.Labels;
using DocArchive.Ingest.Extraction.Layout;
using DocArchive.Ingest.Reading;

namespace DocArchive.Ingest.Extraction.Tables;

/// <summary>
/// The header of a table of persons: one row, or two when its cells wrap (<c>Masa</c> over <c>Berlaku</c>), whose
/// tokens are mostly column names and name at least three columns, two of them persons' values. A word that OCR ran
/// together from two column names (<c>Kewarganegaraanlokasi</c>) is split where both halves are column names.
/// </summary>
internal sealed record TableHeader(IReadOnlyList<HeaderCell> Cells, int Rows)
{
    private static readonly string[] PersonColumns = ["name", "passportNumber", "position", "nationality"];

    /// <summary>The least share of a header's tokens that must be column names (prose that names a few is no header).</summary>
    private const double Coverage = 0.6;

    /// <summary>A second header row starts at most this many row heights below the first.</summary>
    private const double SecondRowGap = 1.5;

    /// <summary>The longest column name, in tokens, one header row holds.</summary>
    private const int MaxNameTokens = 4;

    /// <summary>The header starting at row <paramref name="r"/>, or null when that row starts none.</summary>
    public static TableHeader? Find(IReadOnlyList<TextLine> lines, int r)
    {
        var first = Tokens(lines[r]);
        if (first.Count == 0)
        {
            return null;
        }

        if (r + 1 < lines.Count && SecondRow(lines[r], lines[r + 1]) is { } second
            && Match(first, second) is { } wrapped && wrapped.SecondConsumed * 2 >= second.Count && Valid(wrapped))
        {
            return new TableHeader(wrapped.Cells, 2);
        }

        return Match(first, []) is { } single && Valid(single) ? new TableHeader(single.Cells, 1) : null;
    }

    private static bool Valid(HeaderMatch match)
    {
        var fields = match.Cells.Select(c => c.Field).Distinct().ToList();
        return fields.Count >= 3 && fields.Intersect(PersonColumns).Count() >= 2 && match.Consumed >= Coverage * match.Tokens;
    }

    /// <summary>The tokens of the row under the header when it can be the header's second row: close, no digits, within it.</summary>
    private static List<HeaderToken>? SecondRow(TextLine header, TextLine next)
    {
        if (next.Box.Top - header.Box.Bottom > SecondRowGap * header.Height || next.Words.Any(w => w.Text.Any(char.IsDigit))
            || next.Box.Left < header.Box.Left - header.Height || next.Box.Right > header.Box.Right + header.Height)
        {
            return null;
        }

        // A lone letter under a header is a rule OCR read (I, l), not part of a column name.
        var tokens = Tokens(next).Where(t => t.Key.Length > 1).ToList();
        return tokens.Count == 0 ? null : tokens;
    }

    /// <summary>
    /// Column names read left to right over the first row's tokens; each may go on with the second row's tokens under it
    /// (every one of them), and the longest reading wins.
    /// </summary>
    private static HeaderMatch? Match(List<HeaderToken> first, List<HeaderToken> second)
    {
        var under = first.Select(_ => new List<HeaderToken>()).ToList();
        foreach (var token in second)
        {
            var index = Enumerable.Range(0, first.Count)
                .OrderByDescending(i => Boxes.HorizontalOverlap(first[i].Box, token.Box))
                .ThenBy(i => Math.Abs(Center(first[i].Box) - Center(token.Box)))
                .First();
            under[index].Add(token);
        }

        var cells = new List<HeaderCell>();
        var consumed = 0;
        var secondConsumed = 0;
        for (var i = 0; i < first.Count;)
        {
            (string Field, int Span, int Below)? best = null;
            for (var span = Math.Min(MaxNameTokens, first.Count - i); span >= 1; span--)
            {
                var keys = first.Skip(i).Take(span).Select(t => t.Key).ToList();
                var below = under.Skip(i).Take(span).SelectMany(u => u).Select(t => t.Key).ToList();
                (string Field, int Span, int Below)?[] readings =
                [
                    below.Count > 0 && LabelCatalog.Columns.Exactly([.. keys, .. below]) is { } wrapped ? (wrapped, span, below.Count) : null,
                    LabelCatalog.Columns.Exactly(keys) is { } field ? (field, span, 0) : null,
                ];
                foreach (var reading in readings.OfType<(string Field, int Span, int Below)>())
                {
                    if (best is not { } kept || reading.Span + reading.Below > kept.Span + kept.Below)
                    {
                        best = reading;
                    }
                }
            }

            if (best is not { } found)
            {
                i++;
                continue;
            }

            var words = first.Skip(i).Take(found.Span).Concat(under.Skip(i).Take(found.Span).SelectMany(u => u));
            cells.Add(new HeaderCell(found.Field, Boxes.Union(words.Select(t => t.Box))));
            consumed += found.Span + found.Below;
            secondConsumed += found.Below;
            i += found.Span;
        }

        return cells.Count == 0 ? null : new HeaderMatch(cells, consumed, secondConsumed, first.Count + second.Count);
    }

    /// <summary>The row's letter/digit runs with their share of the word's box, run-together column names split.</summary>
    private static List<HeaderToken> Tokens(TextLine line)
    {
        var tokens = new List<HeaderToken>();
        foreach (var token in Layout.Tokens.Of(line.Words))
        {
            var word = line.Words[token.Word];
            var box = Part(word.Box, word.Text.Length, token.Start, token.End);
            tokens.AddRange(Split(new HeaderToken(token.Key, box)));
        }

        return tokens;
    }

    private static IEnumerable<HeaderToken> Split(HeaderToken token)
    {
        const int shortest = 4;
        if (token.Key.Length < 2 * shortest || LabelCatalog.Columns.Exactly([token.Key]) is not null)
        {
            return [token];
        }

        for (var at = token.Key.Length - shortest; at >= shortest; at--)
        {
            var (head, tail) = (token.Key[..at], token.Key[at..]);
            if (LabelCatalog.Columns.Exactly([head]) is not null && LabelCatalog.Columns.StartsAny(tail))
            {
                return [new HeaderToken(head, Part(token.Box, token.Key.Length, 0, at)), new HeaderToken(tail, Part(token.Box, token.Key.Length, at, token.Key.Length))];
            }
        }

        return [token];
    }

    private static BoundingBox Part(BoundingBox box, int length, int start, int end)
    {
        var unit = box.Width / Math.Max(1, length);
        return new BoundingBox(box.Left + (unit * start), box.Top, unit * (end - start), box.Height);
    }

    private static double Center(BoundingBox box) => (box.Left + box.Right) / 2;

    private sealed record HeaderMatch(List<HeaderCell> Cells, int Consumed, int SecondConsumed, int Tokens);
}
