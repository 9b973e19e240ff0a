namespace DocArchive.Text;

/// <summary>
/// Country names, demonyms and MRZ codes to ISO 3166-1 alpha-3 (<c>Tiongkok</c>, <c>P.R. China</c>, <c>Chinese</c> give CHN),
/// and each code to the names people read (<see cref="Name"/>).
/// </summary>
public static class Nationalities
{
    private static readonly IReadOnlyList<string[]> Rows = DataFile.Read(typeof(Nationalities).Assembly, "nationalities.txt");

    private static readonly Dictionary<string, string> ByName = Build();

    private static readonly Dictionary<string, NationalityName> Names =
        Rows.ToDictionary(row => row[0], row => new NationalityName(row[1], row[2]), StringComparer.Ordinal);

    private static readonly string[] Prefixes = ["WARGANEGARA", "WNA", "WN", "REPUBLIK", "REPUBLIC OF", "NEGARA"];

    /// <summary>The alpha-3 code of a printed nationality, or null when it names no known country.</summary>
    public static string? ToAlpha3(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed))
        {
            return null;
        }

        var key = Fuzzy.Key(printed.Replace('<', ' '));
        if (ByName.TryGetValue(key, out var code))
        {
            return code;
        }

        foreach (var prefix in Prefixes)
        {
            var compact = Fuzzy.Key(prefix);
            if (key.StartsWith(compact, StringComparison.Ordinal) && ByName.TryGetValue(key[compact.Length..], out code))
            {
                return code;
            }
        }

        return Fuzzy.Nearest(ByName, key, 5);
    }

    /// <summary>Whether <paramref name="code"/> is an alpha-3 code the table knows (MRZ nationality and issuing state).</summary>
    public static bool IsCode(string code) => Names.ContainsKey(code);

    /// <summary>The names of the country of an alpha-3 code, or null for a code the table does not know.</summary>
    public static NationalityName? Name(string? code) => code is not null && Names.TryGetValue(code, out var name) ? name : null;

    private static Dictionary<string, string> Build()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            table.TryAdd(row[0], row[0]);
            foreach (var name in row[3].Split(',').Prepend(row[2]).Prepend(row[1]))
            {
                table.TryAdd(Fuzzy.Key(name), row[0]);
            }
        }

        return table;
    }
}
