using DocArchive.Ingest.Extraction.Layout;
using DocArchive.Ingest.Reading;

namespace DocArchive.Ingest.Extraction.Mrz;

/// <summary>
/// Finds machine-readable zones on pages: rows that read like a zone line (26 or more zone characters, filler among
/// them, little lower case), joined with the rows right above and below that may complete the zone (a zone has two or three lines, and OCR
/// without a whitelist often garbles one of them).
/// </summary>
internal static class MrzLocator
{
    /// <summary>A neighbour this many row heights away or nearer may belong to the same zone.</summary>
    private const double NeighbourGap = 1.8;

    private const int MaxZoneLines = 3;

    /// <summary>
    /// A zone line read without a whitelist holds few lower-case letters (misread filler, a garbled digit); a line of
    /// prose, whose letter runs such as <c>kaca</c> clean into filler, is mostly lower case.
    /// </summary>
    private const double MaxProseShare = 0.4;

    /// <summary>The digits of a zone's birth and expiry dates, each with its check digit.</summary>
    private const int DatesDigits = 14;

    /// <summary>The zone bands of the pages, for the job to re-read with a whitelist.</summary>
    public static IReadOnlyList<MrzBand> Find(IReadOnlyList<PageText> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return [.. pages.SelectMany(p => Find(PageLayout.Lines(p)))];
    }

    internal static IEnumerable<MrzBand> Find(IReadOnlyList<TextLine> lines)
    {
        var taken = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i <= taken || !IsZoneLine(lines[i]))
            {
                continue;
            }

            var (first, last) = (i, i);
            while (last + 1 < lines.Count && IsZoneLine(lines[last + 1]) && Close(lines[last], lines[last + 1]))
            {
                last++;
            }

            while (last - first + 1 < MaxZoneLines)
            {
                if (first - 1 > taken && Completes(lines[first - 1], lines[first]))
                {
                    first--;
                }
                else if (last + 1 < lines.Count && Completes(lines[last + 1], lines[last]))
                {
                    last++;
                }
                else
                {
                    break;
                }
            }

            taken = last;
            var run = lines.Skip(first).Take(last - first + 1).ToList();
            yield return new MrzBand(
                run[0].Page,
                Boxes.Union(run.Select(l => l.Box)),
                [.. run.Select(l => string.Concat(l.Words.Select(w => w.Text)))],
                run.Average(l => l.Confidence));
        }
    }

    private static bool IsZoneLine(TextLine line)
    {
        var text = string.Concat(line.Words.Select(w => w.Text));
        var clean = MrzCharacters.Clean(text);
        return clean.Length >= 26 && clean.Length >= text.Length * 0.8 && clean.Count(c => c == '<') >= 2
            && MrzCharacters.ProseLetters(text) <= text.Length * MaxProseShare;
    }

    /// <summary>Whether <paramref name="neighbour"/>, next to a zone line, may be another line of that zone as OCR garbled it.</summary>
    private static bool Completes(TextLine neighbour, TextLine zone)
    {
        var clean = MrzCharacters.Clean(string.Concat(neighbour.Words.Select(w => w.Text)));
        var above = neighbour.Box.Top < zone.Box.Top;
        var (upper, lower) = above ? (neighbour, zone) : (zone, neighbour);
        if (!Close(upper, lower) || Boxes.HorizontalOverlap(neighbour.Box, zone.Box) <= zone.Box.Width / 2)
        {
            return false;
        }

        // A first line whose filler OCR dropped is short, but starts with a document code (P, I, A, C, V); a line below
        // whose filler OCR dropped, or whose characters it ran together into few words, still holds the dates' digits.
        return (clean.Length >= 20 && (clean.Contains('<', StringComparison.Ordinal) || clean.Count(char.IsAsciiDigit) >= 8))
            || (above && clean.Length >= 8 && clean[0] is 'P' or 'I' or 'A' or 'C' or 'V')
            || (!above && clean.Count(char.IsAsciiDigit) >= DatesDigits);
    }

    private static bool Close(TextLine upper, TextLine lower) => lower.Box.Top - upper.Box.Bottom <= NeighbourGap * upper.Height;
}
