using DocArchive.Ingest.Extraction.Mrz;
using DocArchive.Ingest.Reading;

namespace DocArchive.Ingest.Extraction;

/// <summary>
/// Extracts the record of a file whose pages are read: every machine-readable zone found on them is re-read from its band
/// with the zone's character whitelist, several times (drawn narrower across, and larger: OCR misreads wide-spaced
/// fixed-pitch characters, and small filler as letters), the readings combined into one zone by
/// <see cref="MrzConsensus"/>; then the pages and the re-read zones go to the <see cref="DocumentExtractor"/>. A band
/// stops being read once a reading settles it (valid, its names printed on the page) or two readings agree.
/// </summary>
public sealed class DocumentExtraction(IDocumentReader reader, DocumentExtractor extractor)
{
    /// <summary>The characters a machine-readable zone may hold (ICAO 9303).</summary>
    public const string ZoneWhitelist = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";

    /// <summary>How far a band is widened on each side before it is re-read, as a share of its height.</summary>
    private const double BandMargin = 0.25;

    /// <summary>A band whose first readings hold no zone is not read at more scales.</summary>
    private const int ReadingsBeforeGivingUp = 2;

    /// <summary>This many readings of the same valid zone end a band's reading.</summary>
    private const int ReadingsInAgreement = 2;

    /// <summary>Enlargements beyond this are not worth their cost.</summary>
    private const double MaxEnlargement = 4;

    /// <summary>An enlargement closer to 1 than this reads as the band as it stands.</summary>
    private const double MinEnlargement = 1.2;

    /// <summary>The horizontal scales a band is read at as it stands.</summary>
    private static readonly double[] Across = [1, 0.7, 0.85];

    /// <summary>The line pitches (pixels from one zone line to the next) a band is also enlarged to, when its own is smaller.</summary>
    private static readonly double[] LinePitches = [48, 72, 96];

    /// <summary>Extracts the record of the file at <paramref name="path"/> from its <paramref name="pages"/>, read before.</summary>
    public async Task<ExtractionRecord> ExtractAsync(
        string path, string contentType, IReadOnlyList<PageText> pages, CancellationToken cancellationToken) =>
        extractor.Extract(pages, await RereadZonesAsync(path, contentType, pages, cancellationToken).ConfigureAwait(false));

    /// <summary>Every zone band found on the scanned <paramref name="pages"/>, read again with the zone's whitelist: one zone per band.</summary>
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

            if (extractor.Settles(band.Lines, band, page))
            {
                continue;
            }

            var readings = new List<IReadOnlyList<string>>();
            var confidences = new List<double>();
            foreach (var scale in Scales(band))
            {
                try
                {
                    var region = await reader.ReadRegionAsync(path, contentType, band.Page, Widen(band.Box, page), ZoneWhitelist, scale, cancellationToken)
                        .ConfigureAwait(false);
                    var lines = region.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    readings.Add([.. lines.Select(l => l.Replace(" ", string.Empty, StringComparison.Ordinal))]);
                    confidences.Add(region.Confidence);
                }
                catch (PageReadException)
                {
                    // The zone as first read still counts; a failed re-read only loses more chances.
                    break;
                }

                if ((readings.Count == ReadingsBeforeGivingUp && readings.All(r => extractor.ReadZone(r) is null))
                    || extractor.Settles(readings[^1], band, page) || Agreed(readings))
                {
                    break;
                }
            }

            if (extractor.ReadConsensusZone(readings) is { } zone)
            {
                rereads.Add(new MrzReread(band.Page, zone.Lines, confidences.Average()));
            }
        }

        return rereads;
    }

    /// <summary>
    /// Whether <see cref="ReadingsInAgreement"/> of the readings (the page's own reading of the band among them) are the
    /// same valid zone to the letter: more scales would only outvote nothing, and each costs a band's OCR.
    /// </summary>
    private bool Agreed(List<IReadOnlyList<string>> readings)
    {
        if (readings.Count < ReadingsInAgreement)
        {
            return false;
        }

        var last = readings.TakeLast(ReadingsInAgreement).Select(r => extractor.ReadZone(r)).ToList();
        return last.All(z => z is { IsValid: true }) && last.All(z => z!.Lines.SequenceEqual(last[0]!.Lines, StringComparer.Ordinal));
    }

    /// <summary>The scales a band is read at: as it stands (and narrower across), then enlarged to each larger line pitch.</summary>
    private static IEnumerable<RegionScale> Scales(MrzBand band)
    {
        foreach (var across in Across)
        {
            yield return new RegionScale(1, across);
        }

        var pitch = band.Box.Height / Math.Max(1, band.Lines.Count);
        foreach (var target in LinePitches)
        {
            var enlargement = Math.Min(MaxEnlargement, target / pitch);
            if (enlargement >= MinEnlargement)
            {
                yield return new RegionScale(enlargement, 1);
            }
        }
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
