using System.Collections.Frozen;

namespace DocArchive.Text;

/// <summary>The legal forms of Indonesian and foreign companies: ignored when company names are compared.</summary>
public static class LegalForms
{
    /// <summary>The legal forms in lower case, without dots (<c>pt</c>, <c>tbk</c>, <c>sdn</c>).</summary>
    public static IReadOnlyList<string> Words { get; } =
        ["pt", "cv", "tbk", "persero", "perseroan", "terbatas", "perum", "ud", "fa", "firma", "koperasi", "yayasan", "ltd", "limited", "inc", "co", "corp", "llc", "bhd", "sdn", "pte"];

    private static readonly FrozenSet<string> Set = Words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a word is a legal form (<c>PT.</c>, <c>Tbk</c>).</summary>
    public static bool IsLegalForm(string word) => Set.Contains(IdentifierForms.Compact(word));
}
