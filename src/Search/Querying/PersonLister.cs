using DocArchive.Search.Columns;
using DocArchive.Search.Indexing;
using DocArchive.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DocArchive.Search.Querying;

/// <summary>
/// Lists the persons of the best documents found: the persons' entries of those documents that match every word a
/// person can match (a field report about ZHANG WEI and WANG WEI lists only ZHANG WEI for <c>zhang wei</c>), or all
/// of them when the words are about the documents only; one row per person, in the order of their documents, with
/// the person's figures over the whole index.
/// </summary>
internal static class PersonLister
{
    /// <summary>How many of the best documents the persons are taken from.</summary>
    public const int FromDocuments = 200;

    public const int Listed = 10;

    /// <summary>The values a row shows (doc values, the nationality from its column), read from the latest entry that has each.</summary>
    private static readonly string[] Shown = [IndexSchema.PersonId, IndexSchema.PersonName, IndexSchema.Passport, IndexSchema.Nationality, IndexSchema.Employer];

    /// <summary>Per person, at most this many of their latest entries are read for a missing passport or nationality.</summary>
    private const int EntriesRead = 10;

    public static IReadOnlyList<PersonHit> List(ArchiveSearcher searcher, IReadOnlyList<ScoreDoc> best, IReadOnlyList<Query> personTerms, FilterBits filters, Func<int, bool> latestExpiryPasses)
    {
        var candidates = Candidates(searcher, best, filters);
        var masks = Masks(searcher, candidates, personTerms);
        var required = masks.Aggregate(0, (all, mask) => all | mask);
        var keys = new List<long>();
        var seen = new HashSet<long>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (masks[i] == required && seen.Add(searcher.Columns.Segments[candidates[i].Segment].PersonKey[candidates[i].Doc]))
            {
                keys.Add(searcher.Columns.Segments[candidates[i].Segment].PersonKey[candidates[i].Doc]);
            }
        }

        var persons = new List<PersonHit>();
        foreach (var key in keys.Take(Listed * 3))
        {
            if (Person(searcher, key) is { } person && latestExpiryPasses(person.LatestExpiry?.DayNumber ?? 0))
            {
                persons.Add(person);
                if (persons.Count == Listed)
                {
                    break;
                }
            }
        }

        return persons;
    }

    /// <summary>The listable person entries of the best documents, in the documents' order.</summary>
    private static List<Entry> Candidates(ArchiveSearcher searcher, IReadOnlyList<ScoreDoc> best, FilterBits filters)
    {
        var leaves = searcher.IndexReader.Leaves;
        var candidates = new List<Entry>();
        foreach (var hit in best.Take(FromDocuments))
        {
            var segment = ReaderUtil.SubIndex(hit.Doc, leaves);
            var document = hit.Doc - leaves[segment].DocBase;
            var columns = searcher.Columns.Segments[segment];
            for (var entry = columns.FirstPersonOf(document); entry < document; entry++)
            {
                if (filters.IsListed(segment, entry))
                {
                    candidates.Add(new Entry(segment, entry));
                }
            }
        }

        return candidates;
    }

    /// <summary>Per candidate, which of the person words its entry matches (bit i for word i).</summary>
    private static int[] Masks(ArchiveSearcher searcher, List<Entry> candidates, IReadOnlyList<Query> personTerms)
    {
        var masks = new int[candidates.Count];
        if (personTerms.Count == 0 || candidates.Count == 0)
        {
            return masks;
        }

        var matchers = personTerms.Take(31)
            .Select(q => TermsOf(q, []) is { } terms ? ((List<Term>?)terms, (Weight?)null) : (null, searcher.CreateNormalizedWeight(q)))
            .ToList();
        var leaves = searcher.IndexReader.Leaves;
        foreach (var segment in Enumerable.Range(0, candidates.Count).GroupBy(i => candidates[i].Segment))
        {
            var order = segment.OrderBy(i => candidates[i].Doc).ToList();
            var leaf = leaves[segment.Key];
            var postings = new SegmentPostings(leaf.AtomicReader);
            for (var word = 0; word < matchers.Count; word++)
            {
                var (terms, weight) = matchers[word];
                if (terms is null)
                {
                    if (weight!.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is { } scorer)
                    {
                        Mark(scorer, order, candidates, masks, 1 << word);
                    }

                    continue;
                }

                foreach (var term in terms)
                {
                    if (postings.Docs(term) is { } docs)
                    {
                        Mark(docs, order, candidates, masks, 1 << word);
                    }
                }
            }
        }

        return masks;
    }

    private static void Mark(DocIdSetIterator iterator, List<int> order, List<Entry> candidates, int[] masks, int bit)
    {
        foreach (var i in order)
        {
            var doc = candidates[i].Doc;
            if (iterator.DocID < doc && iterator.Advance(doc) == DocIdSetIterator.NO_MORE_DOCS)
            {
                return;
            }

            if (iterator.DocID == doc)
            {
                masks[i] |= bit;
            }
        }
    }

    /// <summary>The terms a query is a disjunction of, or null when it needs positions (a phrase) to match.</summary>
    private static List<Term>? TermsOf(Query query, List<Term> terms)
    {
        switch (query)
        {
            case TermQuery term:
                terms.Add(term.Term);
                return terms;
            case ConstantScoreQuery { Query: { } inner }:
                return TermsOf(inner, terms);
            case DisjunctionMaxQuery disjunction:
                return disjunction.Disjuncts.All(d => TermsOf(d, terms) is not null) ? terms : null;
            case BooleanQuery boolean when boolean.Clauses.All(c => c.Occur == Occur.SHOULD):
                return boolean.Clauses.All(c => TermsOf(c.Query, terms) is not null) ? terms : null;
            default:
                return null;
        }
    }

    private static string? Value(SortedDocValues? values, int doc, BytesRef bytes)
    {
        if (values is null || values.GetOrd(doc) is var ord && ord < 0)
        {
            return null;
        }

        values.LookupOrd(ord, bytes);
        return bytes.Length > 0 ? bytes.Utf8ToString() : null;
    }

    /// <summary>A person's row from all their entries: the latest document speaks first.</summary>
    private static PersonHit? Person(ArchiveSearcher searcher, long key)
    {
        var leaves = searcher.IndexReader.Leaves;
        var entries = new List<Entry>();
        for (var segment = 0; segment < leaves.Count; segment++)
        {
            var live = leaves[segment].AtomicReader.LiveDocs;
            foreach (var doc in searcher.Columns.Segments[segment].EntriesOf(key))
            {
                if (live?.Get(doc) != false)
                {
                    entries.Add(new Entry(segment, doc));
                }
            }
        }

        if (entries.Count == 0)
        {
            return null;
        }

        var segments = searcher.Columns.Segments;
        var latest = entries.Max(e => segments[e.Segment].Expiry[e.Doc]);
        var documents = entries.Select(e => (e.Segment, segments[e.Segment].DocumentOf(e.Doc))).Distinct().Count();
        var latestFirst = entries
            .OrderByDescending(e => segments[e.Segment].Date[segments[e.Segment].DocumentOf(e.Doc)])
            .Take(EntriesRead);
        var values = new string?[Shown.Length];
        var bytes = new BytesRef();
        foreach (var entry in latestFirst)
        {
            var reader = leaves[entry.Segment].AtomicReader;
            for (var i = 0; i < Shown.Length; i++)
            {
                values[i] ??= Shown[i] == IndexSchema.Nationality
                    ? segments[entry.Segment].Nationality.Of(entry.Doc) is [var ord, ..] ? segments[entry.Segment].Nationality.Values[ord] : null
                    : Value(reader.GetSortedDocValues(Shown[i]), entry.Doc, bytes);
            }

            if (Array.TrueForAll(values, v => v is not null))
            {
                break;
            }
        }

        var employer = values[4];
        return new PersonHit(
            values[0] is { } id ? Guid.Parse(id) : null,
            values[1] ?? "",
            values[2],
            values[3],
            employer,
            employer is null ? null : CompanyNames.Key(employer),
            latest > 0 ? DateOnly.FromDayNumber(latest) : null,
            documents);
    }
}
