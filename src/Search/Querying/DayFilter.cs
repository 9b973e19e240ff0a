using DocArchive.Search.Columns;

namespace DocArchive.Search.Querying;

/// <summary>A day column between two day numbers (inclusive); an entry without the day never matches.</summary>
internal sealed record DayFilter(DayColumn Column, int First, int Last, bool IsExcluded) : ColumnFilter(IsExcluded)
{
    protected override Func<int, bool> Matches(SegmentColumns segment)
    {
        var days = Column switch
        {
            DayColumn.Date => segment.Date,
            DayColumn.Uploaded => segment.Uploaded,
            _ => segment.Expiry,
        };
        var (first, last) = (First, Last);
        return entry => days[entry] is var day && day != 0 && day >= first && day <= last;
    }
}
