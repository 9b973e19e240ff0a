using DocArchive.Ingest.Extraction.Mrz;
using DocArchive.Text;

namespace DocArchive.Ingest.Extraction.Normalisation;

/// <summary>
/// How each country's passport numbers look (<c>passport-shapes.txt</c>): a number as printed that fits none of its
/// holder's country's shapes, but fits exactly one once letters OCR read as digits (and back) are put right, is that one
/// (<c>25754266</c> of an Indian holder is <c>Z5754266</c>). A number that fits as read, or fits several ways, stays.
/// </summary>
internal static class PassportShapes
{
    private static readonly Dictionary<string, string[]> Shapes = DataFile.Read(typeof(PassportShapes).Assembly, "passport-shapes.txt")
        .ToDictionary(row => row[0], row => row[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);

    /// <summary><paramref name="number"/> repaired to the one shape of <paramref name="nationality"/>'s passports it can be, or as it is.</summary>
    public static string Repair(string number, string? nationality)
    {
        ArgumentNullException.ThrowIfNull(number);
        if (nationality is null || !Shapes.TryGetValue(nationality, out var shapes) || shapes.Any(s => Fits(number, s)))
        {
            return number;
        }

        var repaired = shapes.Where(s => s.Length == number.Length).Select(s => Repaired(number, s)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return repaired.Count == 1 ? repaired[0] : number;
    }

    /// <summary>Whether <paramref name="number"/> fits one of the shapes of <paramref name="nationality"/>'s passports (false for a country without any).</summary>
    public static bool FitsNationality(string number, string? nationality)
    {
        ArgumentNullException.ThrowIfNull(number);
        return nationality is not null && Shapes.TryGetValue(nationality, out var shapes) && shapes.Any(s => Fits(number, s));
    }

    private static bool Fits(string number, string shape) =>
        number.Length == shape.Length && number.Zip(shape).All(p => p.Second switch
        {
            '#' => char.IsAsciiDigit(p.First),
            '@' => char.IsAsciiLetterUpper(p.First),
            _ => p.First == p.Second,
        });

    private static string? Repaired(string number, string shape)
    {
        var repaired = string.Concat(number.Zip(shape).Select(p => p.Second switch
        {
            '#' => MrzCharacters.ToDigit(p.First),
            _ => MrzCharacters.ToLetter(p.First),
        }));
        return Fits(repaired, shape) ? repaired : null;
    }
}
