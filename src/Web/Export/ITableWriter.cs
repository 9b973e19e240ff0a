namespace DocArchive.Web.Export;

/// <summary>Writes a table row by row to a stream, holding only a small buffer whatever the number of rows.</summary>
public interface ITableWriter : IAsyncDisposable
{
    /// <summary>Appends one row; null cells are empty.</summary>
    ValueTask WriteRowAsync(IReadOnlyList<string?> cells, CancellationToken cancellationToken);

    /// <summary>Writes what is left and closes the file's structure; the stream itself stays open.</summary>
    ValueTask CompleteAsync(CancellationToken cancellationToken);
}
