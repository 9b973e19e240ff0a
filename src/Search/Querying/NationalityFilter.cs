using DocArchive.Search.Columns;
using Lucene.Net.Util;

namespace DocArchive.Search.Querying;

/// <summary><c>nationality:CHN</c>: the person's nationality is the ISO alpha-3 code given.</summary>
internal sealed record NationalityFilter(string Code, bool IsExcluded) : ColumnFilter(IsExcluded)
{
    protected override void Mark(SegmentColumns segment, FixedBitSet matching)
    {
        var sets = segment.Nationality;
        var ord = Array.BinarySearch(sets.Values, Code, StringComparer.Ordinal);
        if (ord < 0)
        {
            return;
        }

        for (var entry = 0; entry < segment.MaxDoc; entry++)
        {
            for (var i = sets.Start[entry]; i < sets.Start[entry + 1]; i++)
            {
                if (sets.Ordinals[i] == ord)
                {
                    matching.Set(entry);
                }
            }
        }
    }
}
