using System.Text;
using UglyToad.PdfPig.Content;

namespace DocArchive.Ingest.Reading.Worker.Pages;

/// <summary>
/// A PDF page's own text, when it really has some: a stamp, a page number or a few characters do not count, and neither
/// does a thin layer over a full-page scan.
/// </summary>
internal static class PdfTextLayer
{
    /// <summary>Fewer letters and digits than this is a stamp or a page number, not a text page.</summary>
    public const int MinimumLettersOrDigits = 50;

    /// <summary>Fewer words than this is a header or a stamp.</summary>
    public const int MinimumWords = 8;

    /// <summary>A page covered by a scan needs this much text before its text layer is trusted over OCR.</summary>
    public const int MinimumLettersOverScan = 200;

    public static PageText? TryRead(Page page, int pageNumber, bool coveredByScan)
    {
        ArgumentNullException.ThrowIfNull(page);
        var letters = page.Letters.Sum(l => l.Value.Count(char.IsLetterOrDigit));
        if (letters < (coveredByScan ? MinimumLettersOverScan : MinimumLettersOrDigits))
        {
            return null;
        }

        var words = page.GetWords()
            .Where(w => w.Text.Any(char.IsLetterOrDigit))
            .Select(w => (w.Text, Box: TopLeft(w.BoundingBox, page.Height)))
            .ToList();
        if (words.Count < MinimumWords)
        {
            return null;
        }

        var lines = GroupLines(words);
        var pageWords = lines.SelectMany((line, i) => line.Select(w => new PageWord(w.Text, 1, w.Box, i + 1))).ToList();
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.AppendJoin(' ', line.Select(w => w.Text)).Append('\n');
        }

        return new PageText(pageNumber, text.ToString().TrimEnd(), PageTextSource.TextLayer, 1, page.Width, page.Height, pageWords);
    }

    private static BoundingBox TopLeft(UglyToad.PdfPig.Core.PdfRectangle box, double pageHeight)
    {
        var left = Math.Min(box.Left, box.Right);
        var top = Math.Max(box.Top, box.Bottom);
        return new BoundingBox(left, pageHeight - top, Math.Abs(box.Width), Math.Abs(box.Height));
    }

    /// <summary>Words whose vertical middle falls inside a line's band belong to it; lines top to bottom, words left to right.</summary>
    private static List<List<(string Text, BoundingBox Box)>> GroupLines(IEnumerable<(string Text, BoundingBox Box)> words)
    {
        var lines = new List<(double Top, double Bottom, List<(string Text, BoundingBox Box)> Words)>();
        foreach (var word in words.OrderBy(w => w.Box.Top + (w.Box.Height / 2)))
        {
            var middle = word.Box.Top + (word.Box.Height / 2);
            var index = lines.FindIndex(l => middle >= l.Top && middle <= l.Bottom);
            if (index < 0)
            {
                lines.Add((word.Box.Top, word.Box.Bottom, [word]));
            }
            else
            {
                lines[index].Words.Add(word);
            }
        }

        return [.. lines.Select(l => l.Words.OrderBy(w => w.Box.Left).ToList())];
    }
}
