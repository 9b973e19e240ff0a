using System.Globalization;
using System.Text.RegularExpressions;
using DocArchive.Ingest.Extraction.Normalisation;
using DocArchive.Text;

namespace DocArchive.Ingest.Extraction;

/// <summary>Turns a printed value into the canonical form of its field (docs/domain.md#formats); null when it is not a value of that field.</summary>
internal static partial class FieldValues
{
    public static string? Normalise(string field, string printed) => field switch
    {
        "name" or "surname" or "givenNames" => PersonNames.Normalise(printed),
        "passportNumber" => Identifiers.Passport(printed),
        "nationality" => Nationalities.ToAlpha3(printed),
        "dateOfBirth" or "issueDate" or "documentDate" => Iso(Dates.Parse(printed)),
        "expiryDate" or "passportExpiry" => Iso(EndDate(printed)),
        "permitNumber" => Identifiers.Permit(printed),
        "employer" => Employer(printed),
        "location" => Locations.Clean(printed),
        "documentNumber" => DocumentNumber(printed),
        "position" or "finding" => Text(printed),
        "count" => Count(printed)?.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? Date(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A head count: the first number printed (OCR's <c>O</c> read as 0, <c>l</c> and <c>I</c> as 1), 1 to 9999; null when none.</summary>
    public static int? Count(string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        foreach (var word in printed.Split([' ', '(', ')', '.', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var digits = word.Replace('O', '0').Replace('o', '0').Replace('l', '1').Replace('I', '1');
            if (digits.Length <= 4 && digits.All(char.IsAsciiDigit)
                && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                return count is >= 1 and <= 9999 ? count : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The end of a period: the date after <c>s.d.</c> / <c>s/d</c> / <c>sampai</c>, else the last date printed. A date
    /// that other words came between (a table cell wrapped beside its neighbour's text) is read from the words that can
    /// be part of a date.
    /// </summary>
    private static DateOnly? EndDate(string printed)
    {
        var dates = Dates.FindAll(printed);
        if (dates.Count == 0)
        {
            var dateWords = printed.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => RuledDay().Replace(w.Trim('\'', '‘', '’', '"', '“', '”', '|', '(', ')', '[', ']', '{', '}', ',', '.'), string.Empty))
                .Where(w => w.Length > 0 && (w.All(c => char.IsAsciiDigit(c) || c is '-' or '/' or '.') ? w.Any(char.IsAsciiDigit) : Dates.Month(w) > 0));
            dates = Dates.FindAll(string.Join(' ', dateWords));
        }

        return dates.Count == 0 ? null : dates[^1].Date;
    }

    /// <summary>A cell's rule read as a 1 before a day of two digits (<c>113/04/2025</c>, <c>127 Januari</c>): the 1 to drop.</summary>
    [GeneratedRegex(@"^[1Il](?=\d{2}(?:[-/.]|$))")]
    private static partial Regex RuledDay();

    private static string? Employer(string printed)
    {
        var mention = Employers.Find(printed).FirstOrDefault();
        var value = mention is not null && mention.Index > 0 ? mention.Name : Employers.Display(printed);
        return CompanyNames.Key(value).Length == 0 ? null : value;
    }

    private static string? DocumentNumber(string printed)
    {
        var value = printed.Trim().Trim(':', ' ');
        if (value.StartsWith("Nomor", StringComparison.OrdinalIgnoreCase))
        {
            value = value[5..].Trim().TrimStart(':').Trim();
        }

        return value.Any(char.IsDigit) ? value.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0] : null;
    }

    private static string? Text(string printed)
    {
        var value = printed.Trim().Trim(':', ',', ';', '.', ' ');
        return value.Length < 2 ? null : value;
    }
}
