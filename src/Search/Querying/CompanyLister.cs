using DocArchive.Search.Columns;
using DocArchive.Search.Indexing;
using DocArchive.Text;
using Lucene.Net.Util;

namespace DocArchive.Search.Querying;

/// <summary>
/// Lists the companies a search names: the employers of the documents found whose key holds the words typed (or
/// the employer filter's), those holding most of them first, then those with most documents found; each with its
/// name as printed and its documents and distinct workers over the whole index.
/// </summary>
internal static class CompanyLister
{
    public const int Shown = 5;

    public static IReadOnlyList<CompanyHit> List(ArchiveSearcher searcher, ReadOnlySpan<int> found, IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return [];
        }

        var keys = searcher.Columns.Employers.Values;
        var keyWords = searcher.Columns.EmployerWords;
        var wanted = words.Select(w => w.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        var candidates = new List<(string Key, int Matched, int Found)>();
        for (var i = 0; i < found.Length; i++)
        {
            if (found[i] > 0 && keyWords[i].Count(wanted.Contains) is > 0 and var matched)
            {
                candidates.Add((keys[i], matched, found[i]));
            }
        }

        return candidates
            .OrderByDescending(c => c.Matched)
            .ThenByDescending(c => c.Found)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(Shown)
            .Select(c => Company(searcher, c.Key))
            .ToList();
    }

    private static CompanyHit Company(ArchiveSearcher searcher, string key)
    {
        var leaves = searcher.IndexReader.Leaves;
        var documents = 0;
        var workers = new HashSet<long>();
        string? printed = null;
        var bytes = new BytesRef();
        for (var segment = 0; segment < leaves.Count; segment++)
        {
            var reader = leaves[segment].AtomicReader;
            var columns = searcher.Columns.Segments[segment];
            var employers = reader.GetSortedDocValues(IndexSchema.Employer);
            foreach (var doc in columns.EntriesOf(key))
            {
                if (reader.LiveDocs?.Get(doc) == false)
                {
                    continue;
                }

                if (columns.Documents.Get(doc))
                {
                    documents++;
                }
                else
                {
                    workers.Add(columns.PersonKey[doc]);
                }

                if (printed is null && employers?.GetOrd(doc) is >= 0 and var ord)
                {
                    employers.LookupOrd(ord, bytes);
                    var name = bytes.Utf8ToString();
                    printed = string.Equals(CompanyNames.Key(name), key, StringComparison.Ordinal) ? name : null;
                }
            }
        }

        return new CompanyHit(key, printed ?? key, documents, workers.Count);
    }
}
