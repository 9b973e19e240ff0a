using DocArchive.Search.Columns;

namespace DocArchive.Search.Querying;

/// <summary>
/// A filter that the in-memory columns of a segment answer for each entry (a document type, a day range, a
/// nationality), so that filtering never walks the postings of many terms.
/// </summary>
internal abstract record ColumnFilter(bool IsExcluded)
{
    /// <summary>The test of one segment's entries: whether an entry passes, the exclusion already applied.</summary>
    public Func<int, bool> For(SegmentColumns segment)
    {
        var matches = Matches(segment);
        return IsExcluded ? entry => !matches(entry) : matches;
    }

    protected abstract Func<int, bool> Matches(SegmentColumns segment);
}
