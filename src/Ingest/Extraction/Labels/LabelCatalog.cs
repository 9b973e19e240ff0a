using DocArchive.Ingest.Extraction.Layout;
using DocArchive.Text;

namespace DocArchive.Ingest.Extraction.Labels;

/// <summary>
/// A set of label variants read from an embedded data file (<c>field | variant</c>, one a line), matched against a
/// row's tokens with OCR tolerance; the longest variant wins (<c>Nama Perusahaan</c> over <c>Nama</c>).
/// </summary>
internal sealed class LabelCatalog
{
    private readonly List<(string Field, string[] Keys)> variants;
    private readonly int extraEdits;
    private readonly HashSet<string> words;

    private LabelCatalog(string file, int extraEdits)
    {
        this.extraEdits = extraEdits;
        variants = [.. DataFile.Read(typeof(LabelCatalog).Assembly, file)
            .Select(row => (Field: row[0], Keys: Split(row[1])))
            .Where(v => v.Keys.Length > 0)
            .OrderByDescending(v => v.Keys.Length)
            .ThenByDescending(v => v.Keys.Sum(k => k.Length))];
        words = [.. variants.SelectMany(v => v.Keys).Where(k => k.Length >= 4)];
    }

    /// <summary>Whether every token is a word of some label (<c>Dikeluarkan</c>, <c>Tanggal Berlaku</c>): a label's neighbour read as a value.</summary>
    public bool AllLabelWords(IReadOnlyList<LineToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return tokens.Count > 0 && tokens.All(t => words.Contains(t.Key));
    }

    /// <summary>Field labels (labels.txt).</summary>
    public static LabelCatalog Labels { get; } = new("labels.txt", 0);

    /// <summary>
    /// Table column headers (columns.txt), one more OCR error allowed in long words: bold header words in narrow cells read
    /// worse, and a header must be mostly column names to count at all.
    /// </summary>
    public static LabelCatalog Columns { get; } = new("columns.txt", 1);

    /// <summary>
    /// The longest variant starting at token <paramref name="start"/> and ending before <paramref name="end"/> (or the
    /// last token, for a row with fewer: dots alone give none). OCR may run two words of a label together
    /// (<c>PERMITNO</c>) or cut one in two (<c>N ame</c>): either still matches.
    /// </summary>
    public LabelMatch? Match(IReadOnlyList<LineToken> tokens, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        end = Math.Min(end, tokens.Count);
        var keysRead = tokens.Select(t => t.Key).ToList();
        foreach (var (field, keys) in variants)
        {
            if (Spelled(keys, keysRead, start, end) is { } count)
            {
                return new LabelMatch(field, start, count);
            }
        }

        return null;
    }

    /// <summary>How many tokens from <paramref name="start"/> spell <paramref name="keys"/>, or null when they do not.</summary>
    private int? Spelled(string[] keys, IReadOnlyList<string> tokens, int start, int end)
    {
        var (k, t) = (0, start);
        while (k < keys.Length)
        {
            if (t >= end)
            {
                return null;
            }

            if (Same(keys[k], tokens[t]))
            {
                (k, t) = (k + 1, t + 1);
            }
            else if (k + 1 < keys.Length && keys[k].Length + keys[k + 1].Length >= 6 && Same(keys[k] + keys[k + 1], tokens[t]))
            {
                (k, t) = (k + 2, t + 1);
            }
            else if (t + 1 < end && keys[k].Length >= 4 && CutInTwo(keys[k], tokens[t], tokens[t + 1]))
            {
                (k, t) = (k + 1, t + 2);
            }
            else
            {
                return null;
            }
        }

        return t - start;
    }

    /// <summary>
    /// Whether two tokens are one word OCR cut in two: together they read as the word, and neither is a word of its own
    /// standing before it (<c>No</c> before <c>Jabatan</c> is two columns, not a misread <c>Jabatan</c>), so the pieces
    /// add at most one letter to it.
    /// </summary>
    private bool CutInTwo(string key, string first, string second) =>
        first.Length + second.Length <= key.Length + 1 && Same(key, first + second);

    /// <summary>The field of the variant these keys spell exactly (words run together or cut in two allowed), or null.</summary>
    public string? Exactly(IReadOnlyList<string> keys) =>
        variants.FirstOrDefault(v => Spelled(v.Keys, keys, 0, keys.Count) == keys.Count).Field;

    /// <summary>Whether some variant starts with <paramref name="key"/>.</summary>
    public bool StartsAny(string key) => variants.Any(v => Same(v.Keys[0], key));

    private bool Same(string expected, string actual) =>
        Fuzzy.Same(expected, actual, expected.Length > 5 ? extraEdits : 0);

    private static string[] Split(string variant) =>
        [.. variant.Split([' ', '/', '.', ',', ':', '&', '-', '(', ')', '\''], StringSplitOptions.RemoveEmptyEntries).Select(Fuzzy.Key).Where(k => k.Length > 0)];
}
