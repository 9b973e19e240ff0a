using System.Text.RegularExpressions;
using DocArchive.Ingest.Extraction.Mrz;

namespace DocArchive.Ingest.Extraction.Normalisation;

/// <summary>Passport and permit numbers: upper case, no spaces.</summary>
internal static partial class Identifiers
{
    /// <summary>The passport number in a printed value (<c>e 1234 5678</c> gives <c>E12345678</c>), or null when none fits.</summary>
    public static string? Passport(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed))
        {
            return null;
        }

        var compact = Compact(printed);
        if (IsPassportShape(compact, 2))
        {
            return compact;
        }

        return printed.Split([' ', ',', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Compact)
            .FirstOrDefault(token => IsPassportShape(token, 2));
    }

    /// <summary>A permit or register number as printed, upper case without spaces; null when it holds no digit.</summary>
    public static string? Permit(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed))
        {
            return null;
        }

        var first = printed.Split([',', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? printed;
        var compact = EdgeJunk().Replace(WhiteSpace().Replace(first.ToUpperInvariant(), string.Empty), string.Empty);
        if (compact.Contains('/', StringComparison.Ordinal))
        {
            compact = compact.Replace('!', '/').Replace('|', '/');
        }

        return compact.Any(char.IsDigit) && compact.Length >= 5 ? StayPermit(compact) ?? compact : null;
    }

    /// <summary>
    /// A stay permit's register number (<c>2C21AB0001</c>: a digit, a letter, two digits, two letters, four digits) with
    /// the letters OCR read as digits and back repaired; null when <paramref name="value"/> is not one. Most of its letter
    /// positions must hold letters as read, so a number of ten digits is never turned into one.
    /// </summary>
    private static string? StayPermit(string value)
    {
        const string shape = "DLDDLLDDDD";
        if (value.Length != shape.Length || Enumerable.Range(0, shape.Length).Count(i => shape[i] == 'L' && char.IsAsciiLetterUpper(value[i])) < 2)
        {
            return null;
        }

        var repaired = string.Concat(value.Select((c, i) => shape[i] == 'L' ? MrzCharacters.ToLetter(c) : MrzCharacters.ToDigit(c)));
        return StayPermitShape().IsMatch(repaired) ? repaired : null;
    }

    /// <summary>6 to 9 upper-case letters and digits, at least <paramref name="minDigits"/> of them digits.</summary>
    public static bool IsPassportShape(string value, int minDigits) =>
        PassportShape().IsMatch(value) && value.Count(char.IsDigit) >= minDigits;

    /// <summary>Upper case, letters and digits only; the pound and euro signs OCR reads for an E put back.</summary>
    private static string Compact(string text) =>
        NotAlphanumeric().Replace(text.ToUpperInvariant().Replace('£', 'E').Replace('€', 'E'), string.Empty);

    [GeneratedRegex(@"^[A-Z0-9]{6,9}$")]
    private static partial Regex PassportShape();

    [GeneratedRegex(@"[^A-Z0-9]")]
    private static partial Regex NotAlphanumeric();

    [GeneratedRegex(@"^\d[A-Z]\d{2}[A-Z]{2}\d{4}$")]
    private static partial Regex StayPermitShape();

    /// <summary>What OCR adds around a number: rules, quotes, stops and colons at either end.</summary>
    [GeneratedRegex(@"^[^A-Z0-9]+|[^A-Z0-9]+$")]
    private static partial Regex EdgeJunk();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
