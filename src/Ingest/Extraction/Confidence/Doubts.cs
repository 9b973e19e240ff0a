using System.Text.RegularExpressions;
using DocArchive.Ingest.Extraction.Labels;
using DocArchive.Ingest.Extraction.Layout;
using DocArchive.Ingest.Extraction.Normalisation;
using DocArchive.Text;

namespace DocArchive.Ingest.Extraction.Confidence;

/// <summary>
/// Why a value is probably not what the document says, whatever the OCR's confidence: it fails its field's shape, it
/// looks cut off, it carries stray characters, it is a label's word, it disagrees with another reading. A doubted value
/// goes to review with the reason (the constant's text) instead of being trusted.
/// </summary>
internal static partial class Doubts
{
    /// <summary>
    /// A passport number that fits none of its holder's country's shapes; a permit or decision number of no known shape;
    /// an employer without a legal form (<c>PT</c>, <c>CV</c>, <c>Tbk</c> …).
    /// </summary>
    public const string Shape = "shape";

    /// <summary>A value cut off at the edge of a cell or page: a last word of one or two letters, a decision number without its year.</summary>
    public const string Truncated = "truncated";

    /// <summary>
    /// Characters no value of the field has: digits or lone marks in a name, a position or a place; dots or rules read as
    /// letters (<c>EEE</c>, <c>eccccs</c>: a letter three times running).
    /// </summary>
    public const string Stray = "stray-characters";

    /// <summary>A name of one word: two parts run together (<c>LINA</c> for <c>LI NA</c>) or one lost.</summary>
    public const string OneWord = "one-word-name";

    /// <summary>A label's word taken as the value (<c>Dikeluarkan</c> as an employer).</summary>
    public const string LabelWord = "label-word";

    /// <summary>A zone's name that the page does not print, or a value another reading contradicts.</summary>
    public const string Conflict = "conflict";

    /// <summary>A date no document of its field has: a birth date under 15 or over 90 years before today, an expiry before the issue.</summary>
    public const string Implausible = "implausible";

    /// <summary>The first doubt about <paramref name="value"/> of <paramref name="field"/> for the person of <paramref name="values"/> (their other fields), or null.</summary>
    public static string? Of(string field, string value, FieldEvidence evidence, Func<string, string?> values, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(values);
        if (evidence.Source != FieldSources.Mrz && IsLabel(value))
        {
            return LabelWord;
        }

        if (field is "name" or "employer" or "position" or "location" && value.Split(' ').Any(IsNoise))
        {
            return Stray;
        }

        return field switch
        {
            "name" => Name(value),
            "passportNumber" when evidence.Source != FieldSources.Mrz => PassportShapes.Known(values("nationality")) && !PassportShapes.FitsCountry(value, values("nationality")) ? Shape : null,
            "permitNumber" => (PermitNumber().IsMatch(value) && value[1] is not ('O' or 'Q')) || WorkPermitNumber().IsMatch(value) ? null : Shape,
            "documentNumber" => DocumentNumber(value),
            "employer" => Employer(value),
            "position" or "location" => value.Split(' ').Any(w => !w.Any(char.IsLetter) || (w.Length == 1 && !char.IsUpper(w[0]))) ? Stray
                : field == "location" && (value.Split(' ').Length == 1 && value.Length <= 4) ? Truncated : null,
            "dateOfBirth" => FieldValues.Date(value) is { } birth && (birth > today.AddYears(-15) || birth < today.AddYears(-90)) ? Implausible : null,
            "expiryDate" => FieldValues.Date(value) is { } expiry && FieldValues.Date(values("issueDate")) is { } issued && expiry <= issued ? Implausible : null,
            _ => null,
        };
    }

    private static string? Name(string value)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1)
        {
            return OneWord;
        }

        return words.Any(w => w.Any(c => !char.IsLetter(c) && c is not '-' and not '\'')) ? Stray : null;
    }

    private static string? DocumentNumber(string value)
    {
        var parts = value.Split('/');
        if (parts.Length == 1)
        {
            return value.StartsWith("KEP", StringComparison.OrdinalIgnoreCase) ? Truncated : null;
        }

        return parts.Any(p => p.Length == 0) || !Year().IsMatch(parts[^1]) ? Shape : null;
    }

    private static string? Employer(string value)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.')).Where(w => w.Length > 0).ToList();
        if (words.All(w => !LegalForms.IsLegalForm(w)))
        {
            return Shape;
        }

        if (words.All(LegalForms.IsLegalForm))
        {
            return Truncated;
        }

        // Two rows' cells run together: PT X PT X.
        if (words.Count(w => w.Equals("PT", StringComparison.OrdinalIgnoreCase) || w.Equals("CV", StringComparison.OrdinalIgnoreCase)) >= 2)
        {
            return Stray;
        }

        return words[^1].Length <= 2 && !LegalForms.IsLegalForm(words[^1]) ? Truncated : null;
    }

    /// <summary>A letter three times running (<c>EEE</c>, <c>eccccs</c>): a dotted leader or a rule read as letters.</summary>
    private static bool IsNoise(string word) =>
        word.Where((c, i) => i >= 2 && char.IsLetter(c) && char.ToUpperInvariant(word[i - 1]) == char.ToUpperInvariant(c) && char.ToUpperInvariant(word[i - 2]) == char.ToUpperInvariant(c)).Any();

    /// <summary>Whether the value is nothing but words of field labels (the neighbour of a label taken for its value).</summary>
    private static bool IsLabel(string value) =>
        LabelCatalog.Labels.AllLabelWords(Tokens.Of([.. value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new Reading.PageWord(w, 1, default, 0))]));

    /// <summary>A stay permit's register number: <c>2C21AB0001</c> (its kind letter C or D read round, <c>2O26…</c>, is no shape).</summary>
    [GeneratedRegex(@"^[0-9][A-Z][0-9]{2}[A-Z]{2}[0-9]{4}$")]
    private static partial Regex PermitNumber();

    /// <summary>A work permit's number: <c>06249/IMTA/PPTK/2022</c>, or any number of parts ending in a year.</summary>
    [GeneratedRegex(@"^[0-9A-Z.\-]+(/[0-9A-Z.\-]+)*/(19|20)[0-9]{2}$")]
    private static partial Regex WorkPermitNumber();

    [GeneratedRegex(@"^(19|20)[0-9]{2}$")]
    private static partial Regex Year();
}
