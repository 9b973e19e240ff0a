using System.Collections.Concurrent;
using DocArchive.Search.Indexing;

namespace DocArchive.Ingest.Tests.Jobs;

/// <summary>An <see cref="IDocumentIndex"/> that keeps what it is given, to check what the jobs index.</summary>
internal sealed class RecordingDocumentIndex : IDocumentIndex
{
    private readonly ConcurrentDictionary<Guid, IndexedDocument> documents = new();

    public int IndexCalls { get; private set; }

    public IndexedDocument? this[Guid id] => documents.GetValueOrDefault(id);

    public Task IndexAsync(IndexedDocument document, CancellationToken cancellationToken)
    {
        IndexCalls++;
        documents[document.Id] = document;
        return Task.CompletedTask;
    }

    public Task RemoveAsync(Guid documentId, CancellationToken cancellationToken)
    {
        documents.TryRemove(documentId, out _);
        return Task.CompletedTask;
    }

    public Task ClearAsync(CancellationToken cancellationToken)
    {
        documents.Clear();
        return Task.CompletedTask;
    }

    public IReadOnlySet<Guid> DocumentIds() => documents.Keys.ToHashSet();
}
