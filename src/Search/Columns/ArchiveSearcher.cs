using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DocArchive.Search.Columns;

/// <summary>A searcher with the columns of its reader, opened by <see cref="ArchiveSearcherFactory"/>.</summary>
internal sealed class ArchiveSearcher(IndexReader reader) : IndexSearcher(reader)
{
    public ReaderColumns Columns { get; } = new(reader);

    /// <summary>Collects what <paramref name="weight"/> finds in <paramref name="leaves"/> only: one group of a search split over threads.</summary>
    public void Collect(IList<AtomicReaderContext> leaves, Weight weight, ICollector collector) => Search(leaves, weight, collector);
}
