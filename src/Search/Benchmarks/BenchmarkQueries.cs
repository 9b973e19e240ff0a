namespace DocArchive.Search.Benchmarks;

/// <summary>The fixed mix of searches the benchmark runs, each drawn from a generated document it should find.</summary>
internal static class BenchmarkQueries
{
    public const int PerKind = 60;

    public static IReadOnlyList<(string Kind, string Text)> Mix(int documents)
    {
        var queries = new List<(string, string)>();
        var random = new Random(42);
        for (var i = 0; i < PerKind; i++)
        {
            var document = BenchmarkCorpus.Document(random.Next(documents));
            var person = document.Persons[0];
            var parts = person.Name.Split(' ');
            queries.Add(("name with an OCR error", Misread(person.Name, random)));
            queries.Add(("name in the other order", string.Join(' ', parts.Reverse())));
            queries.Add(("name without spaces", string.Concat(parts)));
            queries.Add(("passport misread", Misread(person.PassportNumber!, random)));
            queries.Add(("company without legal form", CompanyKey(document.Employer!)));
            queries.Add(("decision number", $"KEP.{random.Next(10000, 99999)}/PPTK/PTA/2024"));
            queries.Add(("phrase", random.Next(2) == 0 ? "\"izin tinggal terbatas\"" : "\"tenaga kerja asing\""));
            queries.Add(("words", random.Next(2) == 0 ? "pemeriksaan keimigrasian" : "foreign workers permit"));
        }

        return queries;
    }

    private static string CompanyKey(string employer) =>
        string.Join(' ', employer.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("PT" or "CV" or "Tbk"))
            .Select(w => w.ToLowerInvariant()));

    private static string Misread(string value, Random random)
    {
        var confusions = new Dictionary<char, char> { ['0'] = 'O', ['1'] = 'I', ['5'] = 'S', ['8'] = 'B', ['2'] = 'Z', ['I'] = 'l', ['O'] = '0', ['S'] = '5', ['Z'] = '2', ['B'] = '8' };
        var positions = Enumerable.Range(0, value.Length).Where(i => confusions.ContainsKey(value[i])).ToList();
        if (positions.Count == 0)
        {
            return value;
        }

        var chars = value.ToCharArray();
        var at = positions[random.Next(positions.Count)];
        chars[at] = confusions[chars[at]];
        return new string(chars);
    }
}
