using DocArchive.Ingest.Blobs;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig.Writer;

namespace DocArchive.Ingest.Reading;

/// <summary>
/// A scanned document as a searchable PDF: every page's image with Tesseract's invisible text layer over it, made once
/// through the OCR worker pool (pages in parallel) and kept under <c>searchable/</c> in the data directory, named by the
/// original's SHA-256 like the blob it is made from.
/// </summary>
public sealed class SearchablePdf(OcrWorkerPool pool, BlobStore blobs, IOptions<IngestOptions> options)
{
    public const string Folder = "searchable";

    /// <summary>The searchable PDF's path, made first when it is not there yet.</summary>
    public async Task<string> GetAsync(string sha256, string contentType, int pageCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageCount, 1);
        var original = blobs.PathOf(sha256);
        var directory = Path.Combine(options.Value.DataDir, Folder);
        var path = Path.Combine(directory, sha256 + ".pdf");
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(directory);
        var work = Directory.CreateTempSubdirectory("docarchive-searchable-");
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.OcrWorkers), CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(Enumerable.Range(1, pageCount), parallel, (number, token) => new ValueTask(
                pool.RenderSearchablePageAsync(original, contentType, number, PageBase(work.FullName, number), token)));
            var pages = new List<byte[]>(pageCount);
            for (var number = 1; number <= pageCount; number++)
            {
                pages.Add(await File.ReadAllBytesAsync(PageBase(work.FullName, number) + ".pdf", cancellationToken));
            }

            var partial = Path.Combine(directory, $"{Guid.NewGuid():N}.partial");
            await File.WriteAllBytesAsync(partial, PdfMerger.Merge(pages), cancellationToken);
            File.Move(partial, path, overwrite: true);
            return path;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string PageBase(string directory, int number) => Path.Combine(directory, $"page-{number:D5}");
}
