using DocArchive.Search.Querying;
using DocArchive.Text;

namespace DocArchive.Tools.Search;

/// <summary>
/// The fixed mix of searches the benchmark runs, each drawn from a generated document it should find: names with
/// OCR errors, reordered and joined, misread passports, companies, decision numbers, phrases, words, and searches
/// narrowed by filters or sorted. Every search asks for the persons, companies and facets beside the documents.
/// </summary>
internal static class BenchmarkQueries
{
    public const int PerKind = 60;

    public static IReadOnlyList<BenchmarkQuery> Mix(int documents)
    {
        var queries = new List<BenchmarkQuery>();
        var random = new Random(42);
        for (var i = 0; i < PerKind; i++)
        {
            var document = BenchmarkCorpus.Document(random.Next(documents), documents);
            var person = document.Persons[0];
            var parts = person.Name.Split(' ');
            var company = CompanyNames.Key(document.Employer).ToLowerInvariant();
            queries.Add(new("name with an OCR error", Misread(person.Name, random)));
            queries.Add(new("name in the other order", string.Join(' ', parts.Reverse())));
            queries.Add(new("name without spaces", string.Concat(parts)));
            queries.Add(new("passport misread", Misread(person.PassportNumber!, random)));
            queries.Add(new("company without legal form", company));
            queries.Add(new("decision number", $"KEP.{random.Next(10000, 99999)}/PPTK/PTA/2024"));
            queries.Add(new("phrase", random.Next(2) == 0 ? "\"izin tinggal terbatas\"" : "\"tenaga kerja asing\""));
            queries.Add(new("words", random.Next(2) == 0 ? "pemeriksaan keimigrasian" : "foreign workers permit"));
            queries.Add(new("name and nationality", $"{parts[0]} nationality:{person.Nationality}"));
            queries.Add(new("filters only, by expiry", random.Next(2) == 0 ? "type:permit expired:yes" : "nationality:CHN expires<2025-01-01", SearchSort.Expiry));
            queries.Add(new("employer and year, by date", $"employer:\"{company}\" year:{document.DocumentDate!.Value.Year}", SearchSort.Date));
        }

        return queries;
    }

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
