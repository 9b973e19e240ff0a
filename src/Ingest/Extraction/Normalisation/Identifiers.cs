using System.Text.RegularExpressions;
using DocArchive.Ingest.Extraction.Mrz;
using DocArchive.Ingest.Extraction.Text;

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

    /// <summary>
    /// A permit or register number as printed, upper case without spaces or stray marks at its ends, put in its shape
    /// (permits.txt) when OCR confused letters and digits; null when it holds no digit.
    /// </summary>
    public static string? Permit(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed))
        {
            return null;
        }

        var first = printed.Split([',', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? printed;
        var compact = EndMarks().Replace(WhiteSpace().Replace(first.ToUpperInvariant(), string.Empty), string.Empty);
        if (!compact.Any(char.IsDigit) || compact.Length < 5)
        {
            return null;
        }

        // A colon read as 1 before the number is one character too many for its shape.
        var readings = compact.Length > 1 && compact[0] is '1' or 'I' or 'L' ? [compact, compact[1..]] : new[] { compact };
        return readings.Select(r => PermitShapes.Select(shape => Fit(r, shape)).FirstOrDefault(f => f is not null)).FirstOrDefault(f => f is not null) ?? compact;
    }

    private static readonly string[] PermitShapes = [.. DataFile.Read("permits.txt").Select(row => row[0])];

    /// <summary><paramref name="read"/> in <paramref name="shape"/> with confusions swapped back, or null when it does not fit.</summary>
    private static string? Fit(string read, string shape)
    {
        if (read.Length != shape.Length)
        {
            return null;
        }

        var chars = new char[read.Length];
        for (var i = 0; i < read.Length; i++)
        {
            chars[i] = shape[i] switch
            {
                'd' => MrzCharacters.ToDigit(read[i]),
                'a' => MrzCharacters.ToLetter(read[i]),
                '/' when read[i] is '!' or 'I' or 'L' or '|' or '1' or 'J' => '/',
                _ => read[i],
            };
            var fits = shape[i] switch
            {
                'd' => char.IsAsciiDigit(chars[i]),
                'a' => char.IsAsciiLetterUpper(chars[i]),
                _ => chars[i] == shape[i],
            };
            if (!fits)
            {
                return null;
            }
        }

        return new string(chars);
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

    /// <summary>Marks at the ends of a number that belong to no number: quotes, rules, colons, arrows.</summary>
    [GeneratedRegex(@"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$")]
    private static partial Regex EndMarks();
}
