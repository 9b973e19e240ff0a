using DocArchive.Ingest.Extraction.Mrz;
using DocArchive.Ingest.Pages;

namespace DocArchive.Ingest.Extraction;

/// <summary>
/// Extracts the record of a file whose pages are read: every machine-readable zone found on them is re-read from its band
/// with the zone's character whitelist (again drawn narrower across while its check digits fail: OCR misreads wide-spaced
/// fixed-pitch characters), then the pages and the re-read zones go to the <see cref="DocumentExtractor"/>.
/// </summary>
public sealed class DocumentExtraction(IDocumentReader reader, DocumentExtractor extractor)
{
    /// <summary>The characters a machine-readable zone may hold (ICAO 9303).</summary>
    public const string ZoneWhitelist = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";

    /// <summary>How far a band is widened on each side before it is re-read, as a share of its height.</summary>
    private const double BandMargin = 0.25;

    /// <summary>The horizontal scales a band is read at, in turn, until its zone validates.</summary>
    private static readonly double[] Scales = [1, 0.7, 0.85];

    /// <summary>Extracts the record of the file at <paramref name="path"/> from its <paramref name="pages"/>, read before.</summary>
    public async Task<ExtractionRecord> ExtractAsync(
        string path, string contentType, IReadOnlyList<PageText> pages, CancellationToken cancellationToken) =>
        extractor.Extract(pages, await RereadZonesAsync(path, contentType, pages, cancellationToken).ConfigureAwait(false));

    /// <summary>Every zone band found on the scanned <paramref name="pages"/>, read again with the zone's whitelist.</summary>
    public async Task<IReadOnlyList<MrzReread>> RereadZonesAsync(
        string path, string contentType, IReadOnlyList<PageText> pages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var rereads = new List<MrzReread>();
        foreach (var band in MrzLocator.Find(pages))
        {
            var page = pages.First(p => p.Number == band.Page);
            if (page.Source == PageTextSource.TextLayer)
            {
                continue;
            }

            foreach (var scale in Scales)
            {
                try
                {
                    var region = await reader.ReadRegionAsync(path, contentType, band.Page, Widen(band.Box, page), ZoneWhitelist, scale, cancellationToken)
                        .ConfigureAwait(false);
                    var lines = region.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    var reread = new MrzReread(band.Page, [.. lines.Select(l => l.Replace(" ", string.Empty, StringComparison.Ordinal))], region.Confidence);
                    rereads.Add(reread);
                    if (extractor.ReadZone(reread.Lines) is { IsValid: true })
                    {
                        break;
                    }
                }
                catch (PageReadException)
                {
                    // The zone as first read still counts; a failed re-read only loses one more chance.
                    break;
                }
            }
        }

        return rereads;
    }

    private static BoundingBox Widen(BoundingBox box, PageText page)
    {
        var margin = box.Height * BandMargin;
        var left = Math.Max(0, box.Left - margin);
        var top = Math.Max(0, box.Top - margin);
        var right = page.Width > 0 ? Math.Min(page.Width, box.Right + margin) : box.Right + margin;
        var bottom = page.Height > 0 ? Math.Min(page.Height, box.Bottom + margin) : box.Bottom + margin;
        return new BoundingBox(left, top, right - left, bottom - top);
    }
}
