using Lucene.Net.Index;
using Lucene.Net.Util;

namespace DocArchive.Search.Columns;

/// <summary>A multi-valued keyword column of one segment: each entry's ordinals, packed one entry after another.</summary>
internal sealed class OrdinalSets
{
    private OrdinalSets(int[] start, int[] ordinals, string[] values)
    {
        Start = start;
        Ordinals = ordinals;
        Values = values;
    }

    /// <summary>Entry <c>d</c>'s ordinals are <c>Ordinals[Start[d]..Start[d + 1]]</c>.</summary>
    public int[] Start { get; }

    public int[] Ordinals { get; }

    /// <summary>The value of each ordinal, in the segment's sorted order.</summary>
    public string[] Values { get; }

    public ReadOnlySpan<int> Of(int doc) => Ordinals.AsSpan(Start[doc], Start[doc + 1] - Start[doc]);

    public static OrdinalSets Read(AtomicReader reader, string field, int maxDoc)
    {
        var start = new int[maxDoc + 1];
        var sets = reader.GetSortedSetDocValues(field);
        if (sets is null)
        {
            return new OrdinalSets(start, [], []);
        }

        var ordinals = new List<int>(maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            start[doc] = ordinals.Count;
            sets.SetDocument(doc);
            for (var ord = sets.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = sets.NextOrd())
            {
                ordinals.Add((int)ord);
            }
        }

        start[maxDoc] = ordinals.Count;
        return new OrdinalSets(start, [.. ordinals], ReadValues(sets.ValueCount, (ord, bytes) => sets.LookupOrd(ord, bytes)));
    }

    public static string[] ReadValues(long count, Action<int, BytesRef> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var values = new string[count];
        var bytes = new BytesRef();
        for (var ord = 0; ord < count; ord++)
        {
            lookup(ord, bytes);
            values[ord] = bytes.Utf8ToString();
        }

        return values;
    }
}
