namespace DocArchive.Ingest.Register;

/// <summary>Values read in several documents, as the readers list them.</summary>
internal static class Spellings
{
    /// <summary>Each distinct value once, the one read in most documents first (ties in ordinal order).</summary>
    public static List<string> MostSeen(IEnumerable<string?> values) =>
        [.. values.OfType<string>()
            .GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)];

    /// <summary>The comparison key of a job title or place: upper case, letters and digits, single spaces.</summary>
    public static string Key(string value) =>
        string.Join(' ', new string([.. value.ToUpperInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
