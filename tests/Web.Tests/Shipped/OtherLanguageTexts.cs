using System.Globalization;
using System.Text.RegularExpressions;
using DocArchive.Ingest.Accounts;
using DocArchive.Web.Localization;

namespace DocArchive.Web.Tests.Shipped;

/// <summary>
/// The interface texts of the other language that a page in <see cref="Language"/> must never show: each text of the
/// strings table cut at its <c>{0}</c> placeholders, kept when it is distinctive (two words or more, or eight letters or
/// more) and when no text of this language contains it. Words the uploaded documents print themselves are left out: a
/// page shows a document's text in the document's own language.
/// </summary>
internal sealed partial record OtherLanguageTexts(string Language, IReadOnlyList<Regex> Texts)
{
    public static OtherLanguageTexts For(string language, string documentsText)
    {
        var text = new UiText();
        var own = text.Keys.Select(k => Normalize(text.Get(k, CultureInfo.GetCultureInfo(language)))).ToList();
        var other = CultureInfo.GetCultureInfo(language == ArchiveLanguages.English ? ArchiveLanguages.Indonesian : ArchiveLanguages.English);
        var texts = text.Keys
            .SelectMany(k => Placeholder().Split(text.Get(k, other)))
            .Select(f => Normalize(f).Trim(' ', ',', ';', ':', '.', '(', ')', '"', '·'))
            .Where(f => f.Contains(' ', StringComparison.Ordinal) || f.Count(char.IsLetter) >= 8)
            .Where(f => !own.Any(o => o.Contains(f, StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(f => f.Length)
            .Select(f => new Regex($@"(?<!\w){Regex.Escape(f)}(?!\w)", RegexOptions.CultureInvariant))
            .Where(f => !f.IsMatch(Normalize(documentsText)))
            .ToList();
        return new OtherLanguageTexts(language, texts);
    }

    /// <summary>The texts <paramref name="visible"/> shows as words of their own, the longest first, none that is part of another found.</summary>
    public IReadOnlyList<string> FoundIn(string visible)
    {
        var text = Normalize(visible);
        var found = new List<string>();
        foreach (var match in Texts.Select(t => t.Match(text)).Where(m => m.Success))
        {
            if (!found.Any(f => f.Contains(match.Value, StringComparison.Ordinal)))
            {
                found.Add(match.Value);
            }
        }

        return found;
    }

    private static string Normalize(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
