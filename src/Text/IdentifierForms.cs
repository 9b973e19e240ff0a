using System.Text;

namespace DocArchive.Text;

/// <summary>
/// The forms an identifier (passport, permit or decision number) is matched by: without separators, and with the
/// characters OCR confuses folded together (O/0, I/l/1, S/5, B/8, Z/2).
/// </summary>
public static class IdentifierForms
{
    /// <summary>Shorter compact forms are ordinary numbers and words, not identifiers.</summary>
    public const int MinLength = 5;

    /// <summary>Lower case, letters and digits only: <c>KEP.12345/PPTK</c> gives <c>kep12345pptk</c>.</summary>
    public static string Compact(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var result = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                result.Append(char.ToLowerInvariant(c));
            }
        }

        return result.ToString();
    }

    /// <summary>The compact form with confusable characters folded: <c>E1234S678</c> and <c>E12345678</c> meet.</summary>
    public static string OcrFolded(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        return string.Create(compact.Length, compact, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    'o' => '0',
                    'i' or 'l' => '1',
                    's' => '5',
                    'b' => '8',
                    'z' => '2',
                    var c => c,
                };
            }
        });
    }

    /// <summary>Marks an OCR-folded form in the identifier field, which holds both forms.</summary>
    public const char FoldedMark = '\u0001';

    /// <summary>
    /// The marked folded form indexed beside a compact form, or null when folding changes nothing: a search for a
    /// folded form then looks for the marked form and for the plain compact one.
    /// </summary>
    public static string? MarkedFolded(string compact)
    {
        var folded = OcrFolded(compact);
        return string.Equals(folded, compact, StringComparison.Ordinal) ? null : FoldedMark + folded;
    }

    /// <summary>Whether a compact form looks like an identifier: long enough and with at least one digit.</summary>
    public static bool IsIdentifier(string compact) =>
        compact.Length >= MinLength && compact.Any(char.IsAsciiDigit);
}
