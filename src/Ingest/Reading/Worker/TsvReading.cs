using System.Globalization;
using System.Text;

namespace DocArchive.Ingest.Reading.Worker;

/// <summary>Turns Tesseract's TSV output into words with boxes, page-wide line numbers and the page text.</summary>
internal static class TsvReading
{
    private const int WordLevel = 5;

    public static OcrReading Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var words = new List<PageWord>();
        var text = new StringBuilder();
        (int Block, int Paragraph, int Line)? previous = null;
        var line = 0;
        foreach (var row in tsv.Split('\n'))
        {
            var cells = row.Split('\t');
            if (cells.Length < 12 || !int.TryParse(cells[0], CultureInfo.InvariantCulture, out var level) || level != WordLevel)
            {
                continue;
            }

            var wordText = cells[11].Trim();
            if (wordText.Length == 0)
            {
                continue;
            }

            var key = (Int(cells[2]), Int(cells[3]), Int(cells[4]));
            if (previous != key)
            {
                if (previous is { } p)
                {
                    text.Append(p.Block == key.Item1 && p.Paragraph == key.Item2 ? "\n" : "\n\n");
                }

                line++;
                previous = key;
            }
            else
            {
                text.Append(' ');
            }

            text.Append(wordText);
            var confidence = Math.Clamp(double.Parse(cells[10], CultureInfo.InvariantCulture) / 100, 0, 1);
            var box = new BoundingBox(Int(cells[6]), Int(cells[7]), Int(cells[8]), Int(cells[9]));
            words.Add(new PageWord(wordText, confidence, box, line));
        }

        var mean = words.Count == 0 ? 0 : words.Average(w => w.Confidence);
        return new OcrReading(text.ToString(), mean, words);
    }

    private static int Int(string cell) => int.Parse(cell, CultureInfo.InvariantCulture);
}
