using DocArchive.Ingest.Reading;

namespace DocArchive.Ingest.Tests.Extraction;

/// <summary>
/// Builds OCR-like pages from text rows: 20 px per character, 30 px high words, one space a normal word gap and two or
/// more spaces a column gap (as between a label and its value or between table cells); each word its own OCR line
/// number when <c>splitCells</c> is set, as Tesseract numbers cells of one row as separate lines.
/// </summary>
internal static class PageBuilder
{
    public static PageText Page(int number, params string[] rows) => Build(number, rows, splitCells: false);

    public static PageText Cells(int number, params string[] rows) => Build(number, rows, splitCells: true);

    private static PageText Build(int number, string[] rows, bool splitCells)
    {
        const double charWidth = 20;
        var words = new List<PageWord>();
        var line = 0;
        for (var r = 0; r < rows.Length; r++)
        {
            var row = rows[r];
            var i = 0;
            var x = 100.0;
            while (i < row.Length)
            {
                var spaces = 0;
                while (i < row.Length && row[i] == ' ')
                {
                    spaces++;
                    i++;
                }

                if (spaces >= 2 && splitCells)
                {
                    line++;
                }

                x += spaces == 0 ? 0 : spaces == 1 ? 10 : spaces * 30;
                var start = i;
                while (i < row.Length && row[i] != ' ')
                {
                    i++;
                }

                if (i > start)
                {
                    var text = row[start..i];
                    var confidence = 0.85 + (0.1 * ((start + r) % 2));
                    words.Add(new PageWord(text, confidence, new BoundingBox(x, 100 + (r * 50) + (x / 500), text.Length * charWidth, 30), line));
                    x += text.Length * charWidth;
                }
            }

            line++;
        }

        return new PageText(number, string.Join('\n', rows), PageTextSource.Ocr, 0.9, 2480, 3508, words);
    }
}
