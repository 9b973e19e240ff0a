using System.Text;

namespace DocArchive.Text;

/// <summary>
/// The parts of a person's name, with the digits OCR reads for letters folded back (<c>HIR0SHI</c>, <c>2HANG</c>,
/// <c>VVEI</c>), and the forms written without spaces: every join of two or more parts in any order for names of
/// up to three parts (<c>CHEN WEI MING</c> gives <c>weiming</c>, <c>mingchenwei</c> ...), so a name typed as one
/// word is found.
/// </summary>
public static class NameForms
{
    private const int MaxPermutedParts = 3;

    public static IReadOnlyList<string> Parts(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var parts = new List<string>();
        var part = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                part.Append(char.ToLowerInvariant(c));
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && part.Length > 0)
            {
                parts.Add(part.ToString());
                part.Clear();
            }
        }

        if (part.Length > 0)
        {
            parts.Add(part.ToString());
        }

        return parts.Select(FoldOcr).ToList();
    }

    /// <summary>The parts joined by spaces: what the name field indexes.</summary>
    public static string Normalized(string name) => string.Join(' ', Parts(name));

    public static IReadOnlyList<string> Joined(string name)
    {
        var parts = Parts(name);
        if (parts.Count < 2)
        {
            return [];
        }

        if (parts.Count > MaxPermutedParts)
        {
            return [string.Concat(parts), string.Concat(parts.Reverse())];
        }

        return Subsets(parts)
            .Where(s => s.Count >= 2)
            .SelectMany(Permutations)
            .Select(p => string.Concat(p))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static string FoldOcr(string part)
    {
        if (!part.Any(char.IsAsciiLetter))
        {
            return part;
        }

        var letters = string.Create(part.Length, part, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    '0' => 'o',
                    '1' => 'i',
                    '5' => 's',
                    '8' => 'b',
                    '2' => 'z',
                    var c => c,
                };
            }
        });
        return letters.Replace("vv", "w", StringComparison.Ordinal);
    }

    private static IEnumerable<IReadOnlyList<string>> Subsets(IReadOnlyList<string> parts) =>
        Enumerable.Range(1, (1 << parts.Count) - 1)
            .Select(mask => (IReadOnlyList<string>)parts.Where((_, i) => (mask & (1 << i)) != 0).ToList());

    private static IEnumerable<IEnumerable<string>> Permutations(IReadOnlyList<string> parts) =>
        parts.Count == 1
            ? [parts]
            : parts.SelectMany((first, i) =>
                Permutations(parts.Where((_, j) => j != i).ToList()).Select(rest => rest.Prepend(first)));
}
