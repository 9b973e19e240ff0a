using DocArchive.Search.Columns;
using Lucene.Net.Util;

namespace DocArchive.Search.Querying;

/// <summary>
/// A filter that the in-memory columns of a segment answer for each entry (a document type, a day range, a
/// nationality), so that filtering never walks the postings of many terms.
/// </summary>
internal abstract record ColumnFilter(bool IsExcluded)
{
    /// <summary>Narrows <paramref name="passing"/> to the entries this filter lets through.</summary>
    public void Narrow(SegmentColumns segment, FixedBitSet passing)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentNullException.ThrowIfNull(passing);
        var matching = new FixedBitSet(passing.Length);
        Mark(segment, matching);
        if (IsExcluded)
        {
            passing.AndNot(matching);
        }
        else
        {
            passing.And(matching);
        }
    }

    /// <summary>Sets the bit of every entry of the segment that matches.</summary>
    protected abstract void Mark(SegmentColumns segment, FixedBitSet matching);
}
