using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DocArchive.Search.Columns;

/// <summary>Opens every searcher of the index as an <see cref="ArchiveSearcher"/>, its columns ready before it is used.</summary>
internal sealed class ArchiveSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) => new ArchiveSearcher(reader);
}
