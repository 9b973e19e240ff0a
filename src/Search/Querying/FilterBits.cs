using DocArchive.Search.Columns;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DocArchive.Search.Querying;

/// <summary>
/// A search's filters, worked out per segment once from its columns: the documents' entries that pass (their own
/// filters, and one of their persons passing the person filters), and the person entries that may be listed.
/// </summary>
internal sealed class FilterBits
{
    private readonly FixedBitSet[] documents;
    private readonly FixedBitSet?[] persons;
    private readonly FixedBitSet?[] listed;
    private readonly ArchiveSearcher searcher;
    private readonly Weight? listedWeight;

    public FilterBits(ArchiveSearcher searcher, BuiltFilters filters)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(filters);
        this.searcher = searcher;
        var leaves = searcher.IndexReader.Leaves;
        documents = new FixedBitSet[leaves.Count];
        persons = new FixedBitSet?[leaves.Count];
        listed = new FixedBitSet?[leaves.Count];
        var employerWeight = Weight(searcher, filters.DocumentEmployer);
        listedWeight = Weight(searcher, filters.ListedPersons);
        foreach (var leaf in leaves)
        {
            var columns = searcher.Columns.Segments[leaf.Ord];
            var passing = columns.Documents.Clone();
            foreach (var filter in filters.Documents)
            {
                filter.Narrow(columns, passing);
            }

            if (employerWeight is not null)
            {
                passing.And(Matching(employerWeight, leaf, columns.MaxDoc));
            }

            var passingPersons = filters.Persons.Count == 0 ? null : PassingPersons(leaf, columns, filters.Persons);
            if (passingPersons is not null)
            {
                passing.And(DocumentsOf(passingPersons, columns));
            }

            documents[leaf.Ord] = passing;
            persons[leaf.Ord] = passingPersons;
        }
    }

    /// <summary>The filter of the documents' entries that pass, for the document query.</summary>
    public Filter Documents => new SegmentBitsFilter(documents);

    /// <summary>Whether a person entry may be listed; the employer filter of listed persons is worked out for the segments asked about.</summary>
    public bool IsListed(int segment, int entry)
    {
        if (listedWeight is not null && listed[segment] is null)
        {
            var leaf = searcher.IndexReader.Leaves[segment];
            var employer = Matching(listedWeight, leaf, leaf.AtomicReader.MaxDoc);
            if (persons[segment] is { } passing)
            {
                employer.And(passing);
            }

            listed[segment] = employer;
        }

        return (listed[segment] ?? persons[segment])?.Get(entry) ?? true;
    }

    private static Weight? Weight(IndexSearcher searcher, Query? query) => query is null ? null : searcher.CreateNormalizedWeight(query);

    private static FixedBitSet Matching(Weight weight, AtomicReaderContext leaf, int maxDoc)
    {
        var bits = new FixedBitSet(Math.Max(1, maxDoc));
        if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is { } scorer)
        {
            bits.Or(scorer);
        }

        return bits;
    }

    /// <summary>The live person entries of a segment that pass every filter.</summary>
    private static FixedBitSet PassingPersons(AtomicReaderContext leaf, SegmentColumns columns, IReadOnlyList<ColumnFilter> filters)
    {
        var bits = new FixedBitSet(Math.Max(1, columns.MaxDoc));
        bits.Set(0, columns.MaxDoc);
        bits.AndNot(columns.Documents);
        if (leaf.AtomicReader.LiveDocs is { } live)
        {
            for (var entry = 0; entry < columns.MaxDoc; entry++)
            {
                if (!live.Get(entry))
                {
                    bits.Clear(entry);
                }
            }
        }

        foreach (var filter in filters)
        {
            filter.Narrow(columns, bits);
        }

        return bits;
    }

    private static FixedBitSet DocumentsOf(FixedBitSet persons, SegmentColumns columns)
    {
        var result = new FixedBitSet(persons.Length);
        var entry = persons.NextSetBit(0);
        while (entry >= 0)
        {
            var document = columns.DocumentOf(entry);
            if (document < 0)
            {
                break;
            }

            result.Set(document);
            entry = document + 1 < persons.Length ? persons.NextSetBit(document + 1) : -1;
        }

        return result;
    }

    /// <summary>Hands each segment its precomputed bits, less what the searcher does not accept.</summary>
    private sealed class SegmentBitsFilter(FixedBitSet[] bits) : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs) =>
            BitsFilteredDocIdSet.Wrap(bits[context.Ord], acceptDocs);
    }
}
