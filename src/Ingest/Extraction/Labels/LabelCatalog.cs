using DocArchive.Ingest.Extraction.Layout;
using DocArchive.Ingest.Extraction.Text;

namespace DocArchive.Ingest.Extraction.Labels;

/// <summary>
/// A set of label variants read from an embedded data file (<c>field | variant</c>, one a line), matched against a
/// row's tokens with OCR tolerance; the longest variant wins (<c>Nama Perusahaan</c> over <c>Nama</c>).
/// </summary>
internal sealed class LabelCatalog
{
    private readonly List<(string Field, string[] Keys)> variants;

    private LabelCatalog(string file)
    {
        variants = [.. DataFile.Read(file)
            .Select(row => (Field: row[0], Keys: Split(row[1])))
            .Where(v => v.Keys.Length > 0)
            .OrderByDescending(v => v.Keys.Length)
            .ThenByDescending(v => v.Keys.Sum(k => k.Length))];
    }

    /// <summary>Field labels (labels.txt).</summary>
    public static LabelCatalog Labels { get; } = new("labels.txt");

    /// <summary>Table column headers (columns.txt).</summary>
    public static LabelCatalog Columns { get; } = new("columns.txt");

    /// <summary>The longest variant starting at token <paramref name="start"/> and ending before <paramref name="end"/>.</summary>
    public LabelMatch? Match(IReadOnlyList<LineToken> tokens, int start, int end)
    {
        foreach (var (field, keys) in variants)
        {
            if (start + keys.Length > end)
            {
                continue;
            }

            var all = true;
            for (var i = 0; i < keys.Length && all; i++)
            {
                all = Fuzzy.Same(keys[i], tokens[start + i].Key);
            }

            if (all)
            {
                return new LabelMatch(field, start, keys.Length);
            }
        }

        return null;
    }

    private static string[] Split(string variant) =>
        [.. variant.Split([' ', '/', '.', ',', ':', '&', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Select(Fuzzy.Key).Where(k => k.Length > 0)];
}
