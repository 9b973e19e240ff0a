using System.Text;
using System.Text.RegularExpressions;
using DocArchive.Text;

namespace DocArchive.Ingest.Extraction.Normalisation;

/// <summary>
/// Company names in printed text: found, trimmed for display, and compared on their key (<see cref="CompanyNames.Key"/>:
/// <c>PT. SINAR BATU MINING</c>, <c>Sinar Batu Mining, PT</c> and <c>PT Sinar Batu Mining Tbk</c> compare equal).
/// </summary>
internal static partial class Employers
{
    /// <summary>Words that end a company name in upper-case prose (<c>PT SINAR BATU DIMINTA ...</c>).</summary>
    private static readonly HashSet<string> StopWords =
    [
        "DI", "DAN", "YANG", "UNTUK", "AGAR", "TELAH", "SUDAH", "BELUM", "SEBAGAI", "DENGAN", "PADA", "DARI", "KE", "OLEH",
        "SELAKU", "BERLOKASI", "BERALAMAT", "MEMPEKERJAKAN", "DIMINTA", "DIHARAPKAN", "WAJIB", "AKAN", "TIDAK", "ADALAH",
        "MERUPAKAN", "BAHWA", "ATAS", "DALAM", "SESUAI", "TERHADAP", "KARENA", "SERTA", "ATAU", "THE", "AND", "IS", "WAS",
        "AT", "IN", "OF", "TO", "HAS", "HAVE", "WITH", "SEDANG", "MASIH", "BEKERJA", "TERDAPAT", "MEMILIKI", "TERSEBUT",
        "NOMOR", "NO", "TANGGAL", "TGL",
    ];

    /// <summary>Whether two printed names are one company read with a few OCR errors: their keys a few edits apart.</summary>
    public static bool Resembles(string? a, string? b)
    {
        var (keyA, keyB) = (CompanyNames.Key(a), CompanyNames.Key(b));
        return keyA.Length > 0 && keyB.Length > 0 && Fuzzy.Distance(keyA, keyB) <= Math.Max(1, Math.Min(keyA.Length, keyB.Length) / 8);
    }

    /// <summary>Whether <paramref name="text"/> names a company by its legal form (<c>PT ...</c>, <c>CV ...</c>, <c>..., PT</c>).</summary>
    public static bool HasLegalForm(string text) => Words(text).Any(w => w is "PT" or "CV" or "TBK" or "PERSERO");

    /// <summary>The printed company name with surrounding punctuation and a trailing parenthesis trimmed.</summary>
    public static string Display(string printed) => printed.Trim().Trim(',', ';', ':', '.', '-', ' ').Trim();

    /// <summary>Every <c>PT ...</c> / <c>CV ...</c> name in a text; the name ends where its capitalised words end.</summary>
    public static IReadOnlyList<CompanyMention> Find(string text)
    {
        var found = new List<CompanyMention>();
        foreach (Match m in LegalFormStart().Matches(text))
        {
            var end = m.Index + m.Length;
            var words = 0;
            var position = end;
            foreach (Match word in NameWord().Matches(text[end..]))
            {
                var absolute = end + word.Index;
                var between = text[position..absolute];
                if (between.Trim().Length > 0 || between.Contains('\n', StringComparison.Ordinal) || !IsNameWord(word.Value, words))
                {
                    break;
                }

                // OCR joins the word after a name with a hyphen (Konstruksi-sebagai): the name ends at the hyphen.
                var joined = word.Value.IndexOf('-', StringComparison.Ordinal);
                var cut = joined > 0 && joined + 1 < word.Length && char.IsLower(word.Value[joined + 1]);
                position = absolute + (cut ? joined : word.Length);
                words++;
                if (cut || words == 8 || (word.Value.EndsWith('.') && word.Length > 4))
                {
                    break;
                }
            }

            if (words > 0)
            {
                var name = text[m.Index..position].TrimEnd('.', ',');
                found.Add(new CompanyMention(name, m.Index, name.Length));
            }
        }

        foreach (Match m in LegalFormEnd().Matches(text))
        {
            if (!found.Any(f => f.Index <= m.Index + m.Length && m.Index <= f.Index + f.Length))
            {
                found.Add(new CompanyMention(m.Value.Trim(), m.Index, m.Length));
            }
        }

        return [.. found.OrderBy(f => f.Index)];
    }

    private static bool IsNameWord(string word, int index)
    {
        var upper = word.ToUpperInvariant().TrimEnd('.');
        if (StopWords.Contains(upper) && !(index > 0 && upper is "TBK"))
        {
            return false;
        }

        var first = word[0];
        return char.IsUpper(first) || char.IsDigit(first) || first is '&' or '(';
    }

    private static IEnumerable<string> Words(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToUpperInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (c != '\'' && builder.Length > 0)
            {
                yield return builder.ToString();
                builder.Clear();
            }
        }

        if (builder.Length > 0)
        {
            yield return builder.ToString();
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:PT|CV|Pt|P\.T|C\.V)\.?(?=\s)")]
    private static partial Regex LegalFormStart();

    [GeneratedRegex(@"[\p{L}\p{N}&(][\p{L}\p{N}&.'()-]*")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"(?:\p{Lu}[\p{L}\p{N}&.'-]*\s+){0,5}\p{Lu}[\p{L}\p{N}&.'-]*,\s*(?:PT|CV)\.?(?:\s+Tbk\.?)?(?![\p{L}\p{N}])")]
    private static partial Regex LegalFormEnd();
}
