namespace DocArchive.Ingest.Reading;

/// <summary>
/// Reads stored originals page by page, away from the caller's process: text layers where a PDF has them, OCR otherwise.
/// Permanent input errors throw <see cref="UnsupportedDocumentException"/>; a page that fails after its retry throws
/// <see cref="PageReadException"/>.
/// </summary>
public interface IDocumentReader
{
    /// <summary>Counts the pages of the file at <paramref name="path"/>, whose kind is <paramref name="contentType"/>.</summary>
    Task<int> CountPagesAsync(string path, string contentType, CancellationToken cancellationToken);

    /// <summary>What the file at <paramref name="path"/> carries that a viewer may run or open (JavaScript, launch actions, embedded files).</summary>
    Task<ActiveContent> FindActiveContentAsync(string path, string contentType, CancellationToken cancellationToken);

    /// <summary>Reads page <paramref name="pageNumber"/> (1-based).</summary>
    Task<PageText> ReadPageAsync(string path, string contentType, int pageNumber, CancellationToken cancellationToken);

    /// <summary>
    /// Reads again only <paramref name="region"/> of page <paramref name="pageNumber"/> (in the coordinates of that page's
    /// words), as one block, accepting only the characters of <paramref name="characterWhitelist"/>: an MRZ band, for one.
    /// The region is first drawn at <paramref name="scale"/>; the words' boxes come back in the page's coordinates.
    /// </summary>
    Task<PageText> ReadRegionAsync(
        string path, string contentType, int pageNumber, BoundingBox region, string characterWhitelist, RegionScale scale,
        CancellationToken cancellationToken);
}
