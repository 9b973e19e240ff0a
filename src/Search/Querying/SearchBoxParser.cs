using System.Text;

namespace DocArchive.Search.Querying;

/// <summary>
/// Reads the search box leniently: words, <c>"quoted phrases"</c> (an unclosed quote runs to the end),
/// <c>-excluded</c> words or phrases, and filters: <c>type:permit</c>, <c>nationality:CHN</c>,
/// <c>employer:"sinar batu"</c>, <c>expires&lt;2026-01-01</c> (also <c>&gt;</c>, <c>&lt;=</c>, <c>&gt;=</c>),
/// <c>expired:yes</c>, <c>uploaded&gt;2025-06-01</c>, <c>year:2024</c>. A word whose prefix is no filter name
/// (<c>nama:zhang</c>) is a word; only a box with nothing to look for is refused, by the query builder.
/// </summary>
internal static class SearchBoxParser
{
    public const int MaxTerms = 32;

    private static readonly Dictionary<string, FilterField> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["type"] = FilterField.Type,
        ["nationality"] = FilterField.Nationality,
        ["employer"] = FilterField.Employer,
        ["expires"] = FilterField.Expires,
        ["expired"] = FilterField.Expired,
        ["uploaded"] = FilterField.Uploaded,
        ["year"] = FilterField.Year,
    };

    /// <summary>The name a filter is typed with (<c>type</c> for <see cref="FilterField.Type"/>).</summary>
    public static string NameOf(FilterField field) => Fields.First(f => f.Value == field).Key;

    public static ParsedSearch Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<SearchTerm>();
        var filters = new List<SearchFilter>();
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
                var (phrase, end) = Quoted(text, i);
                Add(terms, phrase, isPhrase: true, excluded);
                i = end;
                continue;
            }

            var word = new StringBuilder();
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                word.Append(text[i++]);
            }

            if (Filter(word.ToString(), excluded) is { } filter)
            {
                if (filter.Value.Length == 0 && i < text.Length && text[i] == '"')
                {
                    var (value, end) = Quoted(text, i);
                    filter = filter with { Value = value.Trim() };
                    i = end;
                }

                filters.Add(filter);
                continue;
            }

            Add(terms, word.ToString(), isPhrase: false, excluded);
        }

        if (terms.Count + filters.Count > MaxTerms)
        {
            throw new InvalidSearchQueryException(
                SearchProblem.TooManyTerms,
                $"The search has {terms.Count + filters.Count} words and filters; at most {MaxTerms} are allowed.",
                terms.Count + filters.Count,
                MaxTerms);
        }

        return new ParsedSearch(terms, filters);
    }

    /// <summary>The text between the quote at <paramref name="start"/> and the next one, and where reading goes on.</summary>
    private static (string Text, int End) Quoted(string text, int start)
    {
        var end = text.IndexOf('"', start + 1);
        end = end < 0 ? text.Length : end;
        return (text[(start + 1)..end], end + 1);
    }

    private static SearchFilter? Filter(string word, bool excluded)
    {
        var at = word.AsSpan().IndexOfAny(':', '<', '>');
        if (at <= 0 || !Fields.TryGetValue(word[..at], out var field))
        {
            return null;
        }

        var rest = word[at..];
        var (op, length) = rest switch
        {
            _ when rest.StartsWith("<=", StringComparison.Ordinal) => (FilterOperator.AtOrBefore, 2),
            _ when rest.StartsWith(">=", StringComparison.Ordinal) => (FilterOperator.AtOrAfter, 2),
            _ when rest[0] == '<' => (FilterOperator.Before, 1),
            _ when rest[0] == '>' => (FilterOperator.After, 1),
            _ => (FilterOperator.Is, 1),
        };
        return new SearchFilter(field, op, rest[length..], excluded);
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
