using Lucene.Net.Index;

namespace DocArchive.Search.Columns;

/// <summary>The distinct terms of a small field (persons' names), in memory, for fuzzy matching by a scan.</summary>
internal static class TermVocabulary
{
    public static string[] Read(AtomicReader reader, string field)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var terms = reader.GetTerms(field);
        if (terms is null)
        {
            return [];
        }

        var result = new List<string>();
        var enumerator = terms.GetEnumerator();
        while (enumerator.MoveNext())
        {
            result.Add(enumerator.Term.Utf8ToString());
        }

        return [.. result];
    }

    /// <summary>The terms of every segment, each once.</summary>
    public static string[] Merge(IEnumerable<string[]> segments) =>
        segments.Count() == 1 ? segments.First() : [.. segments.SelectMany(s => s).Distinct(StringComparer.Ordinal)];
}
