using System.Globalization;
using System.Text.RegularExpressions;
using DocArchive.Text;

namespace DocArchive.Ingest.Extraction.Normalisation;

/// <summary>
/// Dates as Indonesian and bilingual documents print them, day always before month: <c>31 Desember 2025</c>,
/// <c>31 Des 2025</c>, <c>31-12-2025</c>, <c>31/12/2025</c>, <c>31.12.2025</c>, <c>2025-12-31</c>, <c>December 31, 2025</c>,
/// <c>31 DEC 2025</c>, with the spellings real documents use (Pebruari, Nopember, Agt, Ags, Sept).
/// </summary>
internal static partial class Dates
{
    private static readonly Dictionary<string, int> Months = DataFile.Read(typeof(Dates).Assembly, "months.txt")
        .SelectMany(row => row[1].Split(',').Select(name => (Key: Fuzzy.Key(name), Month: int.Parse(row[0], CultureInfo.InvariantCulture))))
        .ToDictionary(p => p.Key, p => p.Month, StringComparer.Ordinal);

    /// <summary>The first date in <paramref name="text"/>, or null.</summary>
    public static DateOnly? Parse(string text) => FindAll(text) is [var first, ..] ? first.Date : null;

    /// <summary>Every date in <paramref name="text"/>, in reading order.</summary>
    public static IReadOnlyList<DateMatch> FindAll(string text)
    {
        var clean = RepairDigits(text);
        var found = new List<DateMatch>();
        foreach (Match m in IsoDate().Matches(clean))
        {
            Add(found, m, Number(m.Groups[1].Value), Number(m.Groups[2].Value), Number(m.Groups[3].Value));
        }

        foreach (Match m in NumericDate().Matches(clean))
        {
            Add(found, m, Year(m.Groups[3].Value), Number(m.Groups[2].Value), Number(m.Groups[1].Value));
        }

        foreach (Match m in DayMonthNameYear().Matches(clean))
        {
            Add(found, m, Year(m.Groups[3].Value), Month(m.Groups[2].Value), Number(m.Groups[1].Value));
        }

        foreach (Match m in MonthNameDayYear().Matches(clean))
        {
            Add(found, m, Year(m.Groups[3].Value), Month(m.Groups[1].Value), Number(m.Groups[2].Value));
        }

        return [.. found.OrderBy(d => d.Index)];
    }

    /// <summary>The month a (possibly misread) month name stands for, or 0.</summary>
    public static int Month(string name)
    {
        return Fuzzy.Nearest(Months, Fuzzy.Key(name), 5);
    }

    private static void Add(List<DateMatch> found, Match m, int year, int month, int day)
    {
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return;
        }

        if (found.Any(d => d.Index < m.Index + m.Length && m.Index < d.Index + d.Length))
        {
            return;
        }

        found.Add(new DateMatch(new DateOnly(year, month, day), m.Index, m.Length));
    }

    private static int Number(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    private static int Year(string digits)
    {
        var year = Number(digits);
        return digits.Length == 2 ? (year <= 50 ? 2000 + year : 1900 + year) : year;
    }

    /// <summary>Letters OCR reads for digits, put back inside tokens that are otherwise numeric (<c>3l-O1-2O25</c>).</summary>
    private static string RepairDigits(string text) => NumericToken().Replace(text, m => m.Value.Any(char.IsDigit)
        ? string.Concat(m.Value.Select(c => c switch
        {
            'O' or 'o' or 'D' => '0',
            'l' or 'I' or 'i' or '|' => '1',
            'S' => '5',
            'B' => '8',
            _ => c,
        }))
        : m.Value);

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[0-9OoDlIi|SB]{1,4}(?:[-/.][0-9OoDlIi|SB]{1,4}){0,2}(?![\p{L}\p{N}])")]
    private static partial Regex NumericToken();

    [GeneratedRegex(@"(?<!\d)(\d{4})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{1,2})(?!\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<!\d)(\d{1,2})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{4}|\d{2})(?!\d)")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<!\d)(\d{1,2})\s*[-/.]?\s*(\p{L}{3,10})\.?(?:\s*/\s*\p{L}{3,5}\.?)?\s*[-/.,]?\s*(\d{4}|\d{2})(?!\d)")]
    private static partial Regex DayMonthNameYear();

    [GeneratedRegex(@"(?<!\p{L})(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)")]
    private static partial Regex MonthNameDayYear();
}
