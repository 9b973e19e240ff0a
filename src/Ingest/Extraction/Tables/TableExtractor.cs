using System.Text.RegularExpressions;
using DocArchive.Ingest.Extraction.Labels;
using DocArchive.Ingest.Extraction.Layout;
using DocArchive.Ingest.Pages;

namespace DocArchive.Ingest.Extraction.Tables;

/// <summary>
/// Reads tables of persons: a header row is a row naming at least three known columns (a header may wrap onto a second
/// row); columns span the x-ranges of their header words, cut half-way between neighbours; each body word goes to the
/// column under its centre; a row starts where the row-number column holds a number, and lines without one continue it.
/// </summary>
internal static partial class TableExtractor
{
    private static readonly string[] ClosingWords = ["DEMIKIAN", "KESIMPULAN", "CATATAN", "MENGETAHUI", "DIBUAT", "TIM", "REKOMENDASI"];

    public static List<TableRow> Extract(IReadOnlyList<TextLine> lines, ISet<int> used)
    {
        var rows = new List<TableRow>();
        for (var r = 0; r < lines.Count; r++)
        {
            if (Header(lines[r]) is not { } header)
            {
                continue;
            }

            used.Add(r);
            var body = r + 1;
            if (body < lines.Count && IsHeaderContinuation(lines[body], header))
            {
                header = Continue(header, lines[body]);
                used.Add(body);
                body++;
            }

            var columns = Bounded(header);
            r = ReadBody(lines, body, columns, rows, used) - 1;
        }

        return rows;
    }

    /// <summary>The header cells of a row: (field, words) for every known column named, or null when fewer than three.</summary>
    private static List<(string Field, List<PageWord> Words)>? Header(TextLine line)
    {
        var tokens = Tokens.Of(line.Words);
        var cells = new List<(string Field, List<PageWord> Words)>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (LabelCatalog.Columns.Match(tokens, i, tokens.Count) is { } match)
            {
                var words = Enumerable.Range(tokens[i].Word, tokens[match.End - 1].Word - tokens[i].Word + 1).Select(w => line.Words[w]).ToList();
                cells.Add((match.Field, words));
                i = match.End;
            }
            else
            {
                i++;
            }
        }

        var fields = cells.Select(c => c.Field).Distinct().ToList();
        var persons = fields.Intersect(["name", "passportNumber", "position", "nationality"]).Count();
        return fields.Count >= 3 && persons >= 2 && cells.Count * 2 >= tokens.Count / 2 ? cells : null;
    }

    /// <summary>Whether the row under a header holds the second line of its cells: no digits, every word under a header cell.</summary>
    private static bool IsHeaderContinuation(TextLine line, List<(string Field, List<PageWord> Words)> header) =>
        line.Words.All(w => !w.Text.Any(char.IsDigit))
        && line.Words.All(w => header.Any(c => Overlaps(w.Box, c.Words)))
        && line.Box.Top - header.Max(c => c.Words.Max(w => w.Box.Bottom)) < 1.5 * line.Height;

    private static bool Overlaps(BoundingBox box, List<PageWord> words)
    {
        var cell = Boxes.Union(words.Select(w => w.Box));
        return Boxes.HorizontalOverlap(box, cell) > 0;
    }

    /// <summary>Adds the second header row's words to the cells above them and re-reads each cell's field from both rows.</summary>
    private static List<(string Field, List<PageWord> Words)> Continue(List<(string Field, List<PageWord> Words)> header, TextLine line)
    {
        var cells = header.Select(c => (c.Field, Words: c.Words.ToList())).ToList();
        foreach (var word in line.Words)
        {
            var cell = cells.MaxBy(c => Boxes.HorizontalOverlap(word.Box, Boxes.Union(c.Words.Select(w => w.Box))));
            cell.Words.Add(word);
        }

        return [.. cells.Select(c =>
        {
            var tokens = Tokens.Of(c.Words);
            var match = LabelCatalog.Columns.Match(tokens, 0, tokens.Count);
            return (match is not null && match.Count == tokens.Count ? match.Field : c.Field, c.Words);
        })];
    }

    private static List<TableColumn> Bounded(List<(string Field, List<PageWord> Words)> header)
    {
        var cells = header
            .Select(c => (c.Field, Box: Boxes.Union(c.Words.Select(w => w.Box))))
            .OrderBy(c => c.Box.Left)
            .ToList();
        var columns = new List<TableColumn>();
        for (var i = 0; i < cells.Count; i++)
        {
            var left = i == 0 ? double.MinValue : (cells[i - 1].Box.Right + cells[i].Box.Left) / 2;
            var right = i == cells.Count - 1 ? double.MaxValue : (cells[i].Box.Right + cells[i + 1].Box.Left) / 2;
            columns.Add(new TableColumn(cells[i].Field, left, right));
        }

        return columns;
    }

    /// <summary>Reads rows from <paramref name="start"/> until the table ends; returns the first row after it.</summary>
    private static int ReadBody(IReadOnlyList<TextLine> lines, int start, List<TableColumn> columns, List<TableRow> rows, ISet<int> used)
    {
        var hasNumber = columns.Any(c => c.Field == "no");
        Dictionary<string, List<PageWord>>? current = null;
        TextLine? previous = null;
        var r = start;
        for (; r < lines.Count; r++)
        {
            var line = lines[r];
            if (Ends(line, previous))
            {
                break;
            }

            var cells = Cells(line, columns);
            var number = cells.TryGetValue("no", out var no) ? string.Concat(no.Select(w => w.Text)) : string.Empty;
            bool startsRecord;
            if (hasNumber)
            {
                if (number.Length > 0 && !RowNumber().IsMatch(number))
                {
                    break;
                }

                startsRecord = number.Length > 0;
            }
            else
            {
                startsRecord = current is null || previous is null || line.Box.Top - previous.Box.Bottom > 0.6 * line.Height;
            }

            if (startsRecord || current is null)
            {
                current = [];
                rows.Add(new TableRow(line.Page, current.ToDictionary(p => p.Key, p => (IReadOnlyList<PageWord>)p.Value)));
            }

            foreach (var (field, words) in cells)
            {
                if (!current.TryGetValue(field, out var list))
                {
                    current[field] = list = [];
                }

                list.AddRange(words);
            }

            rows[^1] = new TableRow(line.Page, current.ToDictionary(p => p.Key, p => (IReadOnlyList<PageWord>)[.. p.Value]));
            used.Add(r);
            previous = line;
        }

        return r;
    }

    private static bool Ends(TextLine line, TextLine? previous)
    {
        if (previous is not null && line.Box.Top - previous.Box.Bottom > 3 * Math.Max(line.Height, previous.Height))
        {
            return true;
        }

        var first = Text.Fuzzy.Key(line.Words[0].Text);
        return ClosingWords.Contains(first) || (Header(line) is not null);
    }

    private static Dictionary<string, List<PageWord>> Cells(TextLine line, List<TableColumn> columns)
    {
        var cells = new Dictionary<string, List<PageWord>>();
        foreach (var word in line.Words)
        {
            var center = (word.Box.Left + word.Box.Right) / 2;
            var column = columns.First(c => center >= c.Left && center < c.Right);
            if (!cells.TryGetValue(column.Field, out var list))
            {
                cells[column.Field] = list = [];
            }

            list.Add(word);
        }

        return cells;
    }

    [GeneratedRegex(@"^[\(]?[0-9OIl]{1,3}[.)]?$")]
    private static partial Regex RowNumber();
}
