using System.Text;

namespace DocArchive.Ingest.Extraction.Normalisation;

/// <summary>Person names upper-case, surname first where the printed order says which is the surname.</summary>
internal static class PersonNames
{
    private static readonly HashSet<string> Titles =
        ["MR", "MRS", "MS", "MISS", "DR", "SDR", "SDRI", "SAUDARA", "SAUDARI", "TN", "TUAN", "NY", "NYONYA", "NN", "NONA", "BPK", "BAPAK", "IBU", "AN"];

    /// <summary>
    /// <c>ZHANG&lt;&lt;WEI</c> and <c>ZHANG, Wei</c> give <c>ZHANG WEI</c>; <c>Wei Zhang</c> gives <c>WEI ZHANG</c>;
    /// titles (Mr., Sdr., Tn.) are dropped. Null when nothing name-like is left.
    /// </summary>
    public static string? Normalise(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed))
        {
            return null;
        }

        var text = printed.Trim();
        if (text.Contains("<<", StringComparison.Ordinal))
        {
            var parts = text.Split("<<", 2);
            text = parts[0] + " " + parts[1];
        }
        else if (text.Count(c => c == ',') == 1)
        {
            var parts = text.Split(',');
            text = parts[0] + " " + parts[1];
        }

        // Tokens without a letter (a row number, a stray mark) are no part of a name; digits inside words are misread letters.
        var words = Clean(string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => t.Any(char.IsLetter))))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && Titles.Contains(words[0].TrimEnd('.').Replace(".", string.Empty, StringComparison.Ordinal)))
        {
            words.RemoveAt(0);
        }

        var name = string.Join(' ', words);
        return name.Count(char.IsLetter) >= 2 ? name : null;
    }

    /// <summary>A key comparing names whatever their order: the sorted words.</summary>
    public static string Key(string? name) =>
        Normalise(name) is { } normal ? string.Join(' ', normal.Split(' ').Order(StringComparer.Ordinal)) : string.Empty;

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToUpperInvariant())
        {
            builder.Append(c switch
            {
                '0' => 'O',
                '1' => 'I',
                '5' => 'S',
                '8' => 'B',
                '<' or '_' or '/' => ' ',
                _ when char.IsLetter(c) || c is '-' or '\'' or '.' || char.IsWhiteSpace(c) => c,
                _ => ' ',
            });
        }

        return builder.ToString().Replace(". ", " ", StringComparison.Ordinal).Trim('.', ' ', '-');
    }
}
