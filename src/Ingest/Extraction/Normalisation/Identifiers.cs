using System.Text.RegularExpressions;

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
        var compact = WhiteSpace().Replace(first.ToUpperInvariant(), string.Empty).Trim('.', ':', '-');
        return compact.Any(char.IsDigit) && compact.Length >= 5 ? compact : null;
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

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
