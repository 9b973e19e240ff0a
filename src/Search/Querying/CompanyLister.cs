using DocArchive.Search.Analysis;
using DocArchive.Search.Columns;
using DocArchive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

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
        var wanted = words.Select(w => w.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        var candidates = new List<(string Key, int Matched, int Found)>();
        for (var i = 0; i < found.Length; i++)
        {
            if (found[i] > 0 && keys[i].Split(' ').Count(wanted.Contains) is > 0 and var matched)
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
        var segments = searcher.Columns.Segments;
        var entries = EntryCollector.Run(searcher, new TermQuery(new Term(IndexSchema.EmployerKey, key)));
        var documents = entries.Where(e => segments[e.Segment].Documents.Get(e.Doc)).ToList();
        var workers = entries.Where(e => !segments[e.Segment].Documents.Get(e.Doc)).Select(e => segments[e.Segment].PersonKey[e.Doc]).Distinct().Count();
        var printed = entries
            .Select(e => searcher.IndexReader.Leaves[e.Segment].AtomicReader.Document(e.Doc).Get(IndexSchema.Employer))
            .FirstOrDefault(n => n is not null && string.Equals(CompanyNames.Key(n), key, StringComparison.Ordinal));
        return new CompanyHit(key, printed ?? key, documents.Count, workers);
    }
}
