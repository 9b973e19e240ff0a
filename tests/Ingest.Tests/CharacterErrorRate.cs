namespace DocArchive.Ingest.Tests;

/// <summary>Edit distance between the read and the known text over the known text's length, whitespace runs counted as one space.</summary>
internal static class CharacterErrorRate
{
    public static double Of(string expected, string actual)
    {
        var a = Normalise(expected);
        var b = Normalise(actual);
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            previous = current;
        }

        return a.Length == 0 ? b.Length : (double)previous[b.Length] / a.Length;
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
