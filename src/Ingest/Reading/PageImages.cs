using DocArchive.Ingest.Blobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DocArchive.Ingest.Reading;

/// <summary>
/// Screen-sized JPEGs of documents' pages, on which the boxes of the extracted fields are drawn: made in the OCR workers
/// (hostile files are opened nowhere else) on the first request and kept under <c>pages/&lt;sha256&gt;/&lt;page&gt;.jpg</c>
/// in the data directory, named by the original's SHA-256 like the blob they are made from; derived, safe to delete.
/// </summary>
public sealed class PageImages(OcrWorkerPool pool, BlobStore blobs, IOptions<IngestOptions> options, ILogger<PageImages> logger)
{
    public const string Folder = "pages";

    public const string ContentType = "image/jpeg";

    /// <summary>
    /// The image's path, made first when it is not there yet. <paramref name="width"/> and <paramref name="height"/> are the
    /// page's size as stored with its words: an image of another shape is still kept, and logged, since its boxes would
    /// not fall on the words.
    /// </summary>
    public async Task<string> GetAsync(string sha256, string contentType, int pageNumber, double width, double height, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        var directory = Path.Combine(options.Value.DataDir, Folder, sha256);
        var path = Path.Combine(directory, $"{pageNumber}.jpg");
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(directory);
        var partial = Path.Combine(directory, $"{Guid.NewGuid():N}.partial");
        try
        {
            var rendered = await pool.RenderPageImageAsync(blobs.PathOf(sha256), contentType, pageNumber, partial, cancellationToken);
            if (Math.Abs(rendered.Width - width) > 1 || Math.Abs(rendered.Height - height) > 1)
            {
                Log.PageImageMismatch(logger, sha256, pageNumber, rendered.Width, rendered.Height, width, height);
            }

            File.Move(partial + ".jpg", path, overwrite: true);
            return path;
        }
        finally
        {
            File.Delete(partial + ".jpg");
        }
    }
}
