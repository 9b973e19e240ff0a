using System.Globalization;
using System.Text;

namespace DocArchive.Text;

/// <summary>Tolerant comparison of words as OCR reads them: case, punctuation and the usual letter/digit confusions ignored.</summary>
public static class Fuzzy
{
    /// <summary>Upper-case letters and digits only, digits that OCR confuses with letters turned into those letters.</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || !char.IsLetterOrDigit(c))
            {
                continue;
            }

            builder.Append(c switch
            {
                '0' => 'O',
                '1' => 'I',
                '5' => 'S',
                '8' => 'B',
                _ => char.ToUpperInvariant(c),
            });
        }

        return builder.ToString();
    }

    /// <summary>Whether two keys are the same word read with at most the errors their length allows, and <paramref name="extra"/> more.</summary>
    public static bool Same(string expected, string actual, int extra = 0)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return true;
        }

        var allowed = Allowed(expected.Length) + extra;
        return allowed > 0 && Math.Abs(expected.Length - actual.Length) <= allowed && Distance(expected, actual) <= allowed;
    }

    /// <summary>Edits OCR may make to a word of this length and still be recognised.</summary>
    public static int Allowed(int length) => length switch
    {
        <= 3 => 0,
        <= 7 => 1,
        _ => 2,
    };

    /// <summary>
    /// The value of the entry whose key is nearest to <paramref name="key"/> within the errors its length allows, when
    /// exactly one value is nearest; entries with keys shorter than <paramref name="minLength"/> must match exactly.
    /// </summary>
    public static T? Nearest<T>(IReadOnlyDictionary<string, T> table, string key, int minLength)
        where T : notnull
    {
        if (table.TryGetValue(key, out var exact))
        {
            return exact;
        }

        if (key.Length < minLength)
        {
            return default;
        }

        var best = int.MaxValue;
        var values = new HashSet<T>();
        foreach (var (candidate, value) in table)
        {
            if (candidate.Length < minLength || !Same(candidate, key))
            {
                continue;
            }

            var distance = Distance(candidate, key);
            if (distance < best)
            {
                best = distance;
                values.Clear();
            }

            if (distance == best)
            {
                values.Add(value);
            }
        }

        return values.Count == 1 ? values.First() : default;
    }

    /// <summary>Levenshtein distance.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
