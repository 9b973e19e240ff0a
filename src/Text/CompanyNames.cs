using System.Globalization;
using System.Text;

namespace DocArchive.Text;

/// <summary>
/// The key two spellings of one company share: upper case, accents, punctuation and the legal form dropped, single
/// spaces (<c>PT. SINAR BATU MINING Tbk</c> and <c>Sinar Batu Mining, PT</c> give <c>SINAR BATU MINING</c>).
/// </summary>
public static class CompanyNames
{
    /// <summary>The key of a printed name; empty when nothing but a legal form is printed.</summary>
    public static string Key(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed))
        {
            return "";
        }

        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in printed.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToUpperInvariant(c));
            }
            else if (c != '\'' && char.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                Flush(words, word);
            }
        }

        Flush(words, word);
        return string.Join(' ', words);
    }

    private static void Flush(List<string> words, StringBuilder word)
    {
        if (word.Length > 0 && !LegalForms.IsLegalForm(word.ToString()))
        {
            words.Add(word.ToString());
        }

        word.Clear();
    }
}
