using DocArchive.Search.Columns;
using Lucene.Net.Util;

namespace DocArchive.Search.Querying;

/// <summary>A day column between two day numbers (inclusive); an entry without the day never matches.</summary>
internal sealed record DayFilter(DayColumn Column, int First, int Last, bool IsExcluded) : ColumnFilter(IsExcluded)
{
    protected override void Mark(SegmentColumns segment, FixedBitSet matching)
    {
        var days = Column switch
        {
            DayColumn.Date => segment.Date,
            DayColumn.Uploaded => segment.Uploaded,
            _ => segment.Expiry,
        };
        for (var entry = 0; entry < segment.MaxDoc; entry++)
        {
            var day = days[entry];
            if (day != 0 && day >= First && day <= Last)
            {
                matching.Set(entry);
            }
        }
    }
}
