using System.Collections.Frozen;

namespace DocArchive.Text;

/// <summary>
/// The characters OCR takes for one another in identifiers (upper case): O/0/Q/D, I/1/L, B/8, E/F, S/5, Z/2, G/6, and E
/// read as B or 6 (the first letters of passport numbers seen misread).
/// </summary>
public static class OcrConfusions
{
    private static readonly FrozenDictionary<char, string> Partners = new[] { "O0QD", "I1L", "B8", "EF", "S5", "Z2", "G6", "EB", "E6" }
        .SelectMany(group => group.SelectMany(a => group.Where(b => b != a).Select(b => (a, b))))
        .GroupBy(pair => pair.a)
        .ToFrozenDictionary(g => g.Key, g => new string([.. g.Select(pair => pair.b).Distinct().Order()]));

    /// <summary>
    /// Every form of <paramref name="identifier"/> (in upper case) with exactly one character replaced by one OCR takes it
    /// for: the numbers a single misread character turns it into, and back.
    /// </summary>
    public static IEnumerable<string> OneConfusionAway(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        var upper = identifier.ToUpperInvariant();
        for (var i = 0; i < upper.Length; i++)
        {
            if (!Partners.TryGetValue(upper[i], out var partners))
            {
                continue;
            }

            foreach (var partner in partners)
            {
                yield return string.Concat(upper.AsSpan(0, i), [partner], upper.AsSpan(i + 1));
            }
        }
    }
}
