using DocArchive.Search.Columns;

namespace DocArchive.Search.Querying;

/// <summary><c>type:permit</c>: the document's type is the one named.</summary>
internal sealed record TypeFilter(string Type, bool IsExcluded) : ColumnFilter(IsExcluded)
{
    protected override Func<int, bool> Matches(SegmentColumns segment)
    {
        var ord = Array.BinarySearch(segment.Types, Type, StringComparer.Ordinal);
        return ord < 0 ? _ => false : entry => segment.Type[entry] == ord;
    }
}
