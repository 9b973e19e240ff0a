using System.Text;

namespace DocArchive.Search.Querying;

/// <summary>
/// Reads the search box leniently: words, <c>"quoted phrases"</c> (an unclosed quote runs to the end) and
/// <c>-excluded</c> words or phrases. Nothing typed is a syntax error; only a box with nothing to look for is refused.
/// </summary>
internal static class SearchBoxParser
{
    public const int MaxTerms = 32;

    public static IReadOnlyList<SearchTerm> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<SearchTerm>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var excluded = text[i] == '-';
            if (excluded || text[i] == '+')
            {
                i++;
            }

            if (i < text.Length && text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                end = end < 0 ? text.Length : end;
                Add(terms, text[(i + 1)..end], isPhrase: true, excluded);
                i = end + 1;
                continue;
            }

            var word = new StringBuilder();
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                word.Append(text[i++]);
            }

            Add(terms, word.ToString(), isPhrase: false, excluded);
        }

        if (terms.Count > MaxTerms)
        {
            throw new InvalidSearchQueryException($"The search has {terms.Count} words; at most {MaxTerms} are allowed.");
        }

        return terms;
    }

    private static void Add(List<SearchTerm> terms, string text, bool isPhrase, bool excluded)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0)
        {
            terms.Add(new SearchTerm(trimmed, isPhrase, excluded));
        }
    }
}
