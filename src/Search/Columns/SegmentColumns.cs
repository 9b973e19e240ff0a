using DocArchive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace DocArchive.Search.Columns;

/// <summary>
/// One segment's values that facets, persons and companies are counted from, read once from its doc values into
/// arrays (a segment never changes; only its deletions do, and the queries already skip deleted entries).
/// </summary>
internal sealed class SegmentColumns
{
    private readonly long[] personKeys;
    private readonly int[] personEntries;
    private readonly int[] employerStart;
    private readonly int[] employerEntries;

    private SegmentColumns(AtomicReader reader)
    {
        MaxDoc = reader.MaxDoc;
        Documents = new FixedBitSet(Math.Max(1, MaxDoc));
        var docs = reader.GetTermDocsEnum(new Term(IndexSchema.Kind, IndexSchema.DocumentKind));
        if (docs is not null)
        {
            Documents.Or(docs);
        }

        Type = Single(reader, IndexSchema.DocumentType, out var types);
        Types = types;
        Nationality = OrdinalSets.Read(reader, IndexSchema.Nationality, MaxDoc);
        Employer = OrdinalSets.Read(reader, IndexSchema.EmployerKey, MaxDoc);
        Date = Numbers(reader, IndexSchema.Date);
        Uploaded = Numbers(reader, IndexSchema.Uploaded);
        Year = Array.ConvertAll(Date, day => day > 0 ? (short)DateOnly.FromDayNumber(day).Year : (short)0);
        Expiry = Numbers(reader, IndexSchema.Expiry);
        PersonKey = Longs(reader, IndexSchema.PersonKey);
        (personKeys, personEntries) = ByPersonKey(PersonKey, Documents);
        (employerStart, employerEntries) = ByOrdinal(Employer);
        Names = TermVocabulary.Read(reader, IndexSchema.Name);
        JoinedNames = TermVocabulary.Read(reader, IndexSchema.NameJoined);
    }

    public int MaxDoc { get; }

    /// <summary>The documents' own entries; the entries between two of them are the persons of the second.</summary>
    public FixedBitSet Documents { get; }

    /// <summary>Each entry's type ordinal in <see cref="Types"/>, or -1.</summary>
    public int[] Type { get; }

    public string[] Types { get; }

    public OrdinalSets Nationality { get; }

    public OrdinalSets Employer { get; }

    /// <summary>A document's date as a day number (0 on person entries).</summary>
    public int[] Date { get; }

    /// <summary>A document's upload day as a day number (0 on person entries).</summary>
    public int[] Uploaded { get; }

    /// <summary>The year of <see cref="Date"/> (0 on person entries).</summary>
    public short[] Year { get; }

    /// <summary>A person's permit end as a day number, 0 when unknown; a document's earliest, <see cref="DocumentMapper.NoExpiry"/> when none.</summary>
    public int[] Expiry { get; }

    /// <summary>A person entry's <see cref="PersonKeys"/> hash.</summary>
    public long[] PersonKey { get; }

    /// <summary>The name parts indexed in the segment.</summary>
    public string[] Names { get; }

    /// <summary>The names written without spaces indexed in the segment.</summary>
    public string[] JoinedNames { get; }

    public static SegmentColumns Of(AtomicReader reader) => new(reader);

    /// <summary>The person entries of one person (deleted ones too), in index order.</summary>
    public ReadOnlySpan<int> EntriesOf(long personKey)
    {
        var first = LowerBound(personKeys, personKey);
        var end = first;
        while (end < personKeys.Length && personKeys[end] == personKey)
        {
            end++;
        }

        return personEntries.AsSpan(first, end - first);
    }

    /// <summary>The entries (documents' and persons') naming an employer key (deleted ones too), in index order.</summary>
    public ReadOnlySpan<int> EntriesOf(string employerKey)
    {
        var ord = Array.BinarySearch(Employer.Values, employerKey, StringComparer.Ordinal);
        return ord < 0 ? [] : employerEntries.AsSpan(employerStart[ord], employerStart[ord + 1] - employerStart[ord]);
    }

    /// <summary>The document entry a person entry belongs to (blocks end with their document).</summary>
    public int DocumentOf(int entry) => Documents.NextSetBit(entry);

    /// <summary>The first person entry of a document: its persons run from here to just before it.</summary>
    public int FirstPersonOf(int document) => document == 0 ? 0 : Documents.PrevSetBit(document - 1) + 1;

    private static (long[] Keys, int[] Entries) ByPersonKey(long[] keys, FixedBitSet documents)
    {
        var pairs = Enumerable.Range(0, keys.Length).Where(d => !documents.Get(d)).Select(d => (Key: keys[d], Doc: d)).ToArray();
        Array.Sort(pairs);
        return (pairs.Select(p => p.Key).ToArray(), pairs.Select(p => p.Doc).ToArray());
    }

    private static (int[] Start, int[] Entries) ByOrdinal(OrdinalSets sets)
    {
        var start = new int[sets.Values.Length + 1];
        foreach (var ord in sets.Ordinals)
        {
            start[ord + 1]++;
        }

        for (var ord = 0; ord < sets.Values.Length; ord++)
        {
            start[ord + 1] += start[ord];
        }

        var next = start[..^1].ToArray();
        var entries = new int[sets.Ordinals.Length];
        for (var doc = 0; doc + 1 < sets.Start.Length; doc++)
        {
            foreach (var ord in sets.Of(doc))
            {
                entries[next[ord]++] = doc;
            }
        }

        return (start, entries);
    }

    private static int LowerBound(long[] sorted, long value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private int[] Single(AtomicReader reader, string field, out string[] values)
    {
        var result = new int[MaxDoc];
        var sorted = reader.GetSortedDocValues(field);
        if (sorted is null)
        {
            Array.Fill(result, -1);
            values = [];
            return result;
        }

        values = OrdinalSets.ReadValues(sorted.ValueCount, (ord, bytes) => sorted.LookupOrd(ord, bytes));
        for (var doc = 0; doc < MaxDoc; doc++)
        {
            result[doc] = sorted.GetOrd(doc);
        }

        return result;
    }

    private int[] Numbers(AtomicReader reader, string field)
    {
        var result = new int[MaxDoc];
        if (reader.GetNumericDocValues(field) is { } values)
        {
            for (var doc = 0; doc < MaxDoc; doc++)
            {
                result[doc] = (int)values.Get(doc);
            }
        }

        return result;
    }

    private long[] Longs(AtomicReader reader, string field)
    {
        var result = new long[MaxDoc];
        if (reader.GetNumericDocValues(field) is { } values)
        {
            for (var doc = 0; doc < MaxDoc; doc++)
            {
                result[doc] = values.Get(doc);
            }
        }

        return result;
    }
}
