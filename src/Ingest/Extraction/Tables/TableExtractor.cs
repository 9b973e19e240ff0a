using System.Text.RegularExpressions;
using DocArchive.Ingest.Extraction.Layout;
using DocArchive.Ingest.Reading;
using DocArchive.Text;

namespace DocArchive.Ingest.Extraction.Tables;

/// <summary>
/// Reads tables of persons. A header is a row (or two rows, when header cells wrap) whose words are mostly known column
/// names (<c>columns.txt</c>) naming at least three columns; a column ends where the body's words leave a gap between
/// two headers; each body word goes to the column under its centre. A record starts on a line with a row number, or
/// with a value in a column that never wraps (passport number, count) when the record has one already: lines between
/// continue the record, so cells that wrap over several lines stay one cell.
/// </summary>
internal static partial class TableExtractor
{
    private static readonly string[] ClosingWords = ["DEMIKIAN", "KESIMPULAN", "CATATAN", "MENGETAHUI", "DIBUAT", "TIM", "REKOMENDASI"];

    /// <summary>Columns whose cells hold one short value that never wraps: a second one means a second record.</summary>
    private static readonly string[] AnchorColumns = ["passportNumber", "count"];

    /// <summary>Gaps between words this many pixels apart in width are as wide as each other.</summary>
    private const double WidthTolerance = 2;

    /// <summary>How far right of its header's start (in header heights) a column's text may start: OCR boxes jitter.</summary>
    private const double HeaderStartTolerance = 0.25;

    /// <summary>A body line further than this many line heights below the previous one ends the table.</summary>
    private const double EndGap = 3;

    public static List<TableRow> Extract(IReadOnlyList<TextLine> lines, ISet<int> used)
    {
        var rows = new List<TableRow>();
        for (var r = 0; r < lines.Count; r++)
        {
            if (TableHeader.Find(lines, r) is not { } header)
            {
                continue;
            }

            for (var h = r; h < r + header.Rows; h++)
            {
                used.Add(h);
            }

            var body = r + header.Rows;
            var end = BodyEnd(lines, body);
            var columns = Columns(header.Cells, lines.Skip(body).Take(end - body));
            if (Enumerable.Range(body, end - body).FirstOrDefault(b => Crosses(lines[b], columns), end) is var prose && prose < end)
            {
                end = prose;
                columns = Columns(header.Cells, lines.Skip(body).Take(end - body));
            }

            ReadBody(lines, body, end, columns, rows, used);
            r = end - 1;
        }

        return rows;
    }

    /// <summary>The first line after <paramref name="start"/> that is no longer part of the table's body.</summary>
    private static int BodyEnd(IReadOnlyList<TextLine> lines, int start)
    {
        for (var r = start; r < lines.Count; r++)
        {
            var previous = r > start ? lines[r - 1] : null;
            if (previous is not null && lines[r].Box.Top - previous.Box.Bottom > EndGap * Math.Max(lines[r].Height, previous.Height))
            {
                return r;
            }

            var first = Fuzzy.Key(lines[r].Words[0].Text);
            if (ClosingWords.Contains(first) || IsProse(lines[r]) || TableHeader.Find(lines, r) is not null)
            {
                return r;
            }
        }

        return lines.Count;
    }

    /// <summary>
    /// The columns under the header cells: each boundary lies between a header's centre and where the next header starts,
    /// where the fewest body words cross it (the gap between the columns' text), in the widest such gap; of gaps as wide,
    /// the one that ends nearest to where the second header starts (text starts at a column's left edge, as its header
    /// does or, when the header is centred, a little before).
    /// </summary>
    private static List<TableColumn> Columns(IReadOnlyList<HeaderCell> cells, IEnumerable<TextLine> body)
    {
        var words = body.SelectMany(l => l.Words).Select(w => w.Box).ToList();
        var ordered = cells.OrderBy(c => c.Box.Left).ToList();
        var columns = new List<TableColumn>();
        var left = double.MinValue;
        for (var i = 0; i < ordered.Count; i++)
        {
            var right = i == ordered.Count - 1 ? double.MaxValue : Boundary(ordered[i].Box, ordered[i + 1].Box, words);
            columns.Add(new TableColumn(ordered[i].Field, left, right));
            left = right;
        }

        return columns;
    }

    private static double Boundary(BoundingBox header, BoundingBox next, List<BoundingBox> words)
    {
        // A column's text starts where its header does or, under a centred header, before it: never much after.
        var from = (header.Left + header.Right) / 2;
        var to = Math.Max(from + 1, Math.Min((next.Left + next.Right) / 2, next.Left + (HeaderStartTolerance * next.Height)));
        var edges = words.SelectMany(w => new[] { w.Left, w.Right }).Where(x => x > from && x < to).Append(from).Append(to).Order().Distinct().ToList();
        var spans = edges.Zip(edges.Skip(1), (a, b) => (From: a, To: b, Crossing: words.Count(w => w.Left < (a + b) / 2 && w.Right > (a + b) / 2))).ToList();
        var fewest = spans.Min(s => s.Crossing);
        var best = (From: from, To: to, Width: double.MinValue, Distance: double.MaxValue);
        for (var i = 0; i < spans.Count; i++)
        {
            if (spans[i].Crossing != fewest)
            {
                continue;
            }

            var (start, end) = (spans[i].From, spans[i].To);
            while (i + 1 < spans.Count && spans[i + 1].Crossing == fewest)
            {
                end = spans[++i].To;
            }

            // The widest gap is the one between the columns (words of a cell stand a space apart); of gaps as wide, the
            // one ending nearest the second header's start.
            var width = end - start;
            var distance = Math.Abs(end - next.Left);
            if (width > best.Width + WidthTolerance || (width >= best.Width - WidthTolerance && distance < best.Distance))
            {
                best = (start, end, width, distance);
            }
        }

        return (best.From + best.To) / 2;
    }

    /// <summary>Whether the line is running text: six words or more, most of them in lower case (cells hold names and numbers).</summary>
    private static bool IsProse(TextLine line) =>
        line.Words.Count >= 6 && line.Words.Count(w => w.Text.Length > 1 && char.IsLower(w.Text[0])) >= 0.6 * line.Words.Count;

    /// <summary>Whether the line runs across the columns, as prose under a table does: two of its words cross a boundary.</summary>
    private static bool Crosses(TextLine line, List<TableColumn> columns) =>
        line.Words.Count(w => columns.Any(c => c.Right > w.Box.Left && c.Right < w.Box.Right)) >= 2;

    private static void ReadBody(IReadOnlyList<TextLine> lines, int start, int end, List<TableColumn> columns, List<TableRow> rows, ISet<int> used)
    {
        var body = Enumerable.Range(start, end - start).Select(r => (Row: r, Cells: Cells(lines[r], columns))).Where(b => b.Cells.Count > 0).ToList();
        var starts = TextStarts(body.Select(b => b.Cells));
        Dictionary<string, List<PageWord>>? current = null;
        foreach (var (r, cells) in body)
        {
            var numbered = cells.TryGetValue("no", out var no) && RowNumber().IsMatch(string.Concat(no.Select(w => w.Text)));
            var again = current is not null && AnchorColumns.Any(c => HasDigit(cells, c) && HasDigit(current, c));
            if (current is null || numbered || again)
            {
                if (current is not null)
                {
                    rows.Add(Row(lines[r].Page, current));
                }

                current = [];
            }

            foreach (var (field, words) in cells)
            {
                if (!current.TryGetValue(field, out var list))
                {
                    current[field] = list = [];
                }

                list.AddRange(words.Select((w, i) => i == 0 ? WithoutRule(w, starts[field], lines[r].Height) : w));
            }

            used.Add(r);
        }

        if (current is not null)
        {
            rows.Add(Row(lines[end - 1].Page, current));
        }
    }

    private static bool HasDigit(Dictionary<string, List<PageWord>> cells, string field) =>
        cells.TryGetValue(field, out var words) && words.Any(w => w.Text.Any(char.IsDigit));

    /// <summary>Where the text of each column starts: the median left edge of the first word of its cells.</summary>
    private static Dictionary<string, double> TextStarts(IEnumerable<Dictionary<string, List<PageWord>>> lines) =>
        lines.SelectMany(l => l.Select(c => (Field: c.Key, c.Value[0].Box.Left)))
            .GroupBy(c => c.Field)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Left).Order().ElementAt(g.Count() / 2));

    /// <summary>
    /// A cell's first word without its first letter when that letter is a rule OCR read as <c>I</c> or <c>l</c>: the
    /// word then starts left of where the column's text starts.
    /// </summary>
    private static PageWord WithoutRule(PageWord word, double textStart, double height) =>
        word.Text.Length >= 3 && word.Text[0] is 'I' or 'l' or '1' && char.IsLetter(word.Text[1]) && word.Box.Left < textStart - (0.3 * height)
            ? word with { Text = word.Text[1..] }
            : word;

    private static TableRow Row(int page, Dictionary<string, List<PageWord>> cells) =>
        new(page, cells.ToDictionary(p => p.Key, p => (IReadOnlyList<PageWord>)[.. p.Value]));

    /// <summary>The line's words by column, with the table's rules (read as <c>|</c>, brackets) taken off them.</summary>
    private static Dictionary<string, List<PageWord>> Cells(TextLine line, List<TableColumn> columns)
    {
        var cells = new Dictionary<string, List<PageWord>>();
        foreach (var word in line.Words)
        {
            var text = Rules().Replace(word.Text, string.Empty);
            if (!text.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            var center = (word.Box.Left + word.Box.Right) / 2;
            var column = columns.First(c => center >= c.Left && center < c.Right);
            if (!cells.TryGetValue(column.Field, out var list))
            {
                cells[column.Field] = list = [];
            }

            list.Add(word with { Text = text });
        }

        return cells;
    }

    [GeneratedRegex(@"^[\(]?[0-9OIl]{1,3}[.)]?$")]
    private static partial Regex RowNumber();

    /// <summary>Vertical rules OCR reads as characters at a word's edges: <c>|</c>, brackets, braces.</summary>
    [GeneratedRegex(@"^[|\[\]{}]+|[|\[\]{}]+$|\|")]
    private static partial Regex Rules();
}
