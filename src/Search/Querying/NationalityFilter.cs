using DocArchive.Search.Columns;

namespace DocArchive.Search.Querying;

/// <summary><c>nationality:CHN</c>: the person's nationality is the ISO alpha-3 code given.</summary>
internal sealed record NationalityFilter(string Code, bool IsExcluded) : ColumnFilter(IsExcluded)
{
    protected override Func<int, bool> Matches(SegmentColumns segment)
    {
        var ord = Array.BinarySearch(segment.Nationality.Values, Code, StringComparer.Ordinal);
        return ord < 0 ? _ => false : entry => segment.Nationality.Of(entry).Contains(ord);
    }
}
