using DocArchive.Fixtures;

namespace DocArchive.Generator.Layout;

/// <summary>Lays out a document top to bottom on A4 pages: titles, lines, labelled values, paragraphs and ruled tables.</summary>
internal sealed class PageComposer(PageFonts fonts, double size)
{
    public const double Left = 62;
    public const double Right = 540;
    private const double Top = 60;
    private const double Bottom = 790;

    private readonly List<FixturePage> pages = [];
    private List<FixtureText> texts = [];
    private List<FixtureRule> rules = [];

    public double Y { get; private set; } = Top;

    public double Size => size;

    private double Leading => size * 1.55;

    public void Centered(string text, bool bold = false, double? textSize = null)
    {
        var s = textSize ?? size;
        foreach (var line in Wrap(text, (Right - Left) / 1.1, s))
        {
            EnsureRoom(s * 1.6);
            var width = TextWidth.Of(line, s) * (bold ? 1.1 : 1);
            Y += s * 1.25;
            texts.Add(new FixtureText(line, Math.Max(Left, (Left + Right - width) / 2), Y, s, bold ? fonts.Bold : fonts.Regular));
            Y += s * 0.35;
        }
    }

    /// <summary>Moves down by <paramref name="leading"/> (to a new page when full), for text set with <see cref="Beside"/>.</summary>
    public void Advance(double leading)
    {
        EnsureRoom(leading);
        Y += leading;
    }

    public void Line(string text, double x = Left, bool bold = false)
    {
        EnsureRoom(Leading);
        Y += Leading;
        texts.Add(new FixtureText(text, x, Y, size, bold ? fonts.Bold : fonts.Regular));
    }

    /// <summary>Text at a given position on the current line (already advanced by <see cref="Line"/>).</summary>
    public void Beside(string text, double x, bool bold = false, string? font = null, double? textSize = null) =>
        texts.Add(new FixtureText(text, x, Y, textSize ?? size, font ?? (bold ? fonts.Bold : fonts.Regular)));

    /// <summary>Fixed-pitch text on the current line, one character per cell of <paramref name="pitch"/> points (an MRZ).</summary>
    public void FixedPitch(string text, double x, string font, double textSize, double pitch)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var glyph = text[i].ToString();
            texts.Add(new FixtureText(glyph, x + (i * pitch) + ((pitch - TextWidth.Of(glyph, textSize)) / 2), Y, textSize, font));
        }
    }

    public void Space(double points) => Y += points;

    public void Rule(double x1 = Left, double x2 = Right) => rules.Add(new FixtureRule(x1, Y + 4, x2, Y + 4));

    public void Box(double x, double y, double width, double height)
    {
        rules.Add(new FixtureRule(x, y, x + width, y));
        rules.Add(new FixtureRule(x, y + height, x + width, y + height));
        rules.Add(new FixtureRule(x, y, x, y + height));
        rules.Add(new FixtureRule(x + width, y, x + width, y + height));
    }

    public void KeyValue(string label, string value, KeyValueStyle style, double valueColumn = 210)
    {
        var labelEnd = Left + TextWidth.Of(label, size) + 16;
        if (style is KeyValueStyle.AlignedColon or KeyValueStyle.NoColon or KeyValueStyle.DottedLeaders && labelEnd > valueColumn)
        {
            valueColumn = labelEnd + 10;
            if (valueColumn > Right - 160)
            {
                style = KeyValueStyle.NextLine;
            }
        }

        switch (style)
        {
            case KeyValueStyle.AlignedColon:
                Line(label);
                Beside(":", valueColumn - 10);
                WrappedValue(value, valueColumn);
                break;
            case KeyValueStyle.DottedLeaders:
                Line(label);
                Beside(new string('.', Math.Max(2, (int)((valueColumn - 14 - labelEnd + 12) / TextWidth.Of(".", size)))), labelEnd - 12);
                Beside(":", valueColumn - 10);
                WrappedValue(value, valueColumn);
                break;
            case KeyValueStyle.InlineColon:
                Paragraph($"{label}: {value}");
                break;
            case KeyValueStyle.NoColon:
                Line(label);
                WrappedValue(value, valueColumn);
                break;
            default:
                EnsureRoom(Leading * 2.2);
                Line(label);
                Line(value, Left + 14, bold: true);
                Space(size * 0.4);
                break;
        }
    }

    private void WrappedValue(string value, double x)
    {
        var lines = Wrap(value, Right - x, size).ToList();
        Beside(lines[0], x);
        foreach (var line in lines.Skip(1))
        {
            Line(line, x);
        }
    }

    /// <summary>Running text wrapped between <paramref name="indent"/> and the right margin.</summary>
    public void Paragraph(string text, double indent = Left)
    {
        foreach (var line in Wrap(text, Right - indent, size))
        {
            Line(line, indent);
        }
    }

    /// <summary>A ruled table; cells wrap over several lines, the header repeats on a new page.</summary>
    public void Table(IReadOnlyList<(string Header, double Width)> columns, IReadOnlyList<IReadOnlyList<string>> rows, double cellSize)
    {
        var x0 = Left - 10;
        var edges = new List<double> { x0 };
        foreach (var (_, width) in columns)
        {
            edges.Add(edges[^1] + width);
        }

        Y += size * 0.8;
        var header = columns.Select(c => c.Header).ToList();
        var tableTop = StartTable(header, columns, edges, cellSize);
        foreach (var row in rows)
        {
            var height = RowHeight(row, columns, cellSize);
            if (Y + height > Bottom)
            {
                CloseTable(edges, tableTop);
                NewPage();
                tableTop = StartTable(header, columns, edges, cellSize);
            }

            DrawRow(row, columns, edges, cellSize, bold: false);
        }

        CloseTable(edges, tableTop);
        Y += size;
    }

    public void NewPage()
    {
        pages.Add(new FixturePage(texts, rules));
        texts = [];
        rules = [];
        Y = Top;
    }

    public IReadOnlyList<FixturePage> Finish()
    {
        if (texts.Count > 0)
        {
            NewPage();
        }

        return pages;
    }

    public static IEnumerable<string> Wrap(string text, double width, double textSize)
    {
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && TextWidth.Of(candidate, textSize) > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }

    private void EnsureRoom(double height)
    {
        if (Y + height > Bottom)
        {
            NewPage();
        }
    }

    private double StartTable(List<string> header, IReadOnlyList<(string Header, double Width)> columns, List<double> edges, double cellSize)
    {
        EnsureRoom(RowHeight(header, columns, cellSize) * 2);
        var top = Y;
        rules.Add(new FixtureRule(edges[0], Y, edges[^1], Y));
        DrawRow(header, columns, edges, cellSize, bold: true);
        return top;
    }

    private void DrawRow(IReadOnlyList<string> row, IReadOnlyList<(string Header, double Width)> columns, List<double> edges, double cellSize, bool bold)
    {
        var lineHeight = cellSize * 1.35;
        for (var c = 0; c < columns.Count; c++)
        {
            var lines = Wrap(row[c], columns[c].Width - 6, cellSize).ToList();
            for (var l = 0; l < lines.Count; l++)
            {
                texts.Add(new FixtureText(lines[l], edges[c] + 3, Y + 3 + (lineHeight * (l + 1)) - (cellSize * 0.3), cellSize, bold ? fonts.Bold : fonts.Regular));
            }
        }

        Y += RowHeight(row, columns, cellSize);
        rules.Add(new FixtureRule(edges[0], Y, edges[^1], Y));
    }

    private void CloseTable(List<double> edges, double top)
    {
        foreach (var x in edges)
        {
            rules.Add(new FixtureRule(x, top, x, Y));
        }
    }

    private static double RowHeight(IReadOnlyList<string> row, IReadOnlyList<(string Header, double Width)> columns, double cellSize)
    {
        var lines = columns.Select((c, i) => Wrap(row[i], c.Width - 6, cellSize).Count()).Max();
        return (Math.Max(1, lines) * cellSize * 1.35) + 6;
    }
}
