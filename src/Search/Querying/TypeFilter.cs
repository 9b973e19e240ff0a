using DocArchive.Search.Columns;
using Lucene.Net.Util;

namespace DocArchive.Search.Querying;

/// <summary><c>type:permit</c>: the document's type is the one named.</summary>
internal sealed record TypeFilter(string Type, bool IsExcluded) : ColumnFilter(IsExcluded)
{
    protected override void Mark(SegmentColumns segment, FixedBitSet matching)
    {
        var ord = Array.BinarySearch(segment.Types, Type, StringComparer.Ordinal);
        if (ord < 0)
        {
            return;
        }

        var types = segment.Type;
        for (var entry = 0; entry < segment.MaxDoc; entry++)
        {
            if (types[entry] == ord)
            {
                matching.Set(entry);
            }
        }
    }
}
