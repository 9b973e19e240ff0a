using DocArchive.Text;

namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>
/// Folds the places documents name (towns, seats, sub-districts, meeting halls, short forms) to their district, by the
/// table <c>districts.txt</c>: a place belongs to the district whose name or other name it holds as whole words, any case
/// and punctuation ignored; the longest name found wins (<c>Muaro Jambi</c> before <c>Jambi</c>).
/// </summary>
public static class Districts
{
    private static readonly IReadOnlyList<(string[] Words, District District)> Names = Load();

    /// <summary>Every district of the table, by province and name.</summary>
    public static IReadOnlyList<District> All { get; } =
        [.. Names.Select(n => n.District).Distinct().OrderBy(d => d.Province, StringComparer.Ordinal).ThenBy(d => d.Name, StringComparer.Ordinal)];

    /// <summary>The district of a place as printed; null when the place names none the table knows.</summary>
    public static District? Of(string? place)
    {
        if (string.IsNullOrWhiteSpace(place))
        {
            return null;
        }

        var words = Spellings.Key(place).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        District? best = null;
        var bestLength = 0;
        foreach (var (name, district) in Names)
        {
            if (name.Length > bestLength && Contains(words, name))
            {
                (best, bestLength) = (district, name.Length);
            }
        }

        return best;
    }

    /// <summary>The district a request names: its name or any other name of it, any case; null when none.</summary>
    public static District? Find(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : All.FirstOrDefault(d => Spellings.Key(d.Name) == Spellings.Key(name)) ?? Of(name);

    private static bool Contains(string[] words, string[] name)
    {
        for (var start = 0; start + name.Length <= words.Length; start++)
        {
            if (words.AsSpan(start, name.Length).SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    private static List<(string[] Words, District District)> Load() =>
        [.. DataFile.Read(typeof(Districts).Assembly, "districts.txt")
            .SelectMany(row =>
            {
                var district = new District(row[0], row[1], row[2]);
                return row[3].Split(',').Append(row[1]).Select(n => (Words: Spellings.Key(n).Split(' ', StringSplitOptions.RemoveEmptyEntries), District: district));
            })
            .Where(n => n.Words.Length > 0)
            .OrderByDescending(n => n.Words.Length)];
}
