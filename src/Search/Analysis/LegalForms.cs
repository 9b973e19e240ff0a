using Lucene.Net.Analysis.Util;

namespace DocArchive.Search.Analysis;

/// <summary>The legal forms of Indonesian and foreign companies: ignored when company names are compared.</summary>
public static class LegalForms
{
    private static readonly string[] Words =
        ["pt", "cv", "tbk", "persero", "perseroan", "terbatas", "perum", "ud", "fa", "firma", "koperasi", "yayasan", "ltd", "limited", "inc", "co", "corp", "llc", "bhd", "sdn", "pte"];

    internal static CharArraySet Set { get; } = new CharArraySet(TextAnalyzer.Version, Words, ignoreCase: true).AsReadOnly();

    /// <summary>Whether a word typed in the search box is a legal form (<c>PT.</c>, <c>Tbk</c>).</summary>
    public static bool IsLegalForm(string word) => Set.Contains(IdentifierForms.Compact(word));
}
