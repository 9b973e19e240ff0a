using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DocArchive.Search.Columns;

/// <summary>A searcher with the columns of its reader, opened by <see cref="ArchiveSearcherFactory"/>.</summary>
internal sealed class ArchiveSearcher(IndexReader reader) : IndexSearcher(reader)
{
    public ReaderColumns Columns { get; } = new(reader);
}
