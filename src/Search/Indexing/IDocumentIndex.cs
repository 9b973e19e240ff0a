namespace DocArchive.Search.Indexing;

/// <summary>The single writer of the search index. Indexing a document again replaces it.</summary>
public interface IDocumentIndex
{
    /// <summary>Adds or replaces a document; it is searchable when this returns.</summary>
    Task IndexAsync(IndexedDocument document, CancellationToken cancellationToken);

    /// <summary>
    /// Adds or replaces many documents (a rebuild, an import); all are searchable when this returns. The index
    /// waits once for the batch instead of once per document.
    /// </summary>
    async Task IndexManyAsync(IEnumerable<IndexedDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var document in documents)
        {
            await IndexAsync(document, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Removes a document, if it is there.</summary>
    Task RemoveAsync(Guid documentId, CancellationToken cancellationToken);

    /// <summary>Removes every document (before a rebuild).</summary>
    Task ClearAsync(CancellationToken cancellationToken);

    /// <summary>The ids of every indexed document.</summary>
    IReadOnlySet<Guid> DocumentIds();
}
