using DocArchive.Ingest.Reading;

namespace DocArchive.Ingest.Extraction.Layout;

/// <summary>
/// Turns a page's words into visual rows. OCR numbers lines per text block, so a label and its value, or the cells of a
/// table row, can arrive as separate lines at the same height: those are joined into one row.
/// </summary>
internal static class PageLayout
{
    public static IReadOnlyList<TextLine> Lines(PageText page)
    {
        var words = page.Words.Count > 0 ? page.Words : Synthesise(page);
        var groups = words
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .GroupBy(w => w.Line)
            .Select(g => g.OrderBy(w => w.Box.Left).ToList())
            .OrderBy(g => Boxes.Union(g.Select(w => w.Box)).Top)
            .ToList();

        var merged = true;
        while (merged)
        {
            merged = false;
            for (var i = 0; i < groups.Count && !merged; i++)
            {
                for (var j = i + 1; j < groups.Count && !merged; j++)
                {
                    if (SameRow(groups[i], groups[j]))
                    {
                        groups[i] = [.. groups[i].Concat(groups[j]).OrderBy(w => w.Box.Left)];
                        groups.RemoveAt(j);
                        merged = true;
                    }
                }
            }
        }

        return [.. groups.Select(g => new TextLine(page.Number, g)).OrderBy(l => l.Box.Top + (l.Box.Height / 2))];
    }

    private static bool SameRow(List<PageWord> a, List<PageWord> b)
    {
        var boxA = Boxes.Union(a.Select(w => w.Box));
        var boxB = Boxes.Union(b.Select(w => w.Box));
        if (Boxes.HorizontalOverlap(boxA, boxB) > 0)
        {
            return false;
        }

        // Compare the facing ends so that a slight skew across a wide page does not separate a row; a mark without letters
        // or digits (a quote, a colon, a rule) sits higher or lower than the text and says nothing of the row.
        var (left, right) = boxA.Left < boxB.Left ? (a, b) : (b, a);
        return Boxes.VerticalOverlap(Facing(left, fromEnd: true).Box, Facing(right, fromEnd: false).Box) >= 0.5;
    }

    private static PageWord Facing(List<PageWord> words, bool fromEnd)
    {
        var ordered = fromEnd ? Enumerable.Reverse(words) : words;
        return ordered.FirstOrDefault(w => w.Text.Count(char.IsLetterOrDigit) >= 2) ?? (fromEnd ? words[^1] : words[0]);
    }

    /// <summary>Words for a page that carries only text: one row per text line, boxes on a fixed character grid.</summary>
    private static List<PageWord> Synthesise(PageText page)
    {
        const double charWidth = 10;
        const double lineHeight = 20;
        var words = new List<PageWord>();
        var lines = page.Text.Split('\n');
        for (var row = 0; row < lines.Length; row++)
        {
            var line = lines[row];
            var start = -1;
            for (var i = 0; i <= line.Length; i++)
            {
                var space = i == line.Length || char.IsWhiteSpace(line[i]);
                if (!space && start < 0)
                {
                    start = i;
                }
                else if (space && start >= 0)
                {
                    var box = new BoundingBox(start * charWidth, row * lineHeight, (i - start) * charWidth, lineHeight * 0.75);
                    words.Add(new PageWord(line[start..i], page.Confidence, box, row));
                    start = -1;
                }
            }
        }

        return words;
    }
}
