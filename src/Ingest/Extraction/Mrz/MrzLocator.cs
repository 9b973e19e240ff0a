using DocArchive.Ingest.Extraction.Layout;
using DocArchive.Ingest.Pages;

namespace DocArchive.Ingest.Extraction.Mrz;

/// <summary>Finds machine-readable zones on pages: consecutive rows of 26 or more zone characters with filler in them.</summary>
public static class MrzLocator
{
    /// <summary>The zone bands of the pages, for the job to re-read with a whitelist.</summary>
    public static IReadOnlyList<MrzBand> Find(IReadOnlyList<PageText> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return [.. pages.SelectMany(p => Find(PageLayout.Lines(p)))];
    }

    internal static IEnumerable<MrzBand> Find(IReadOnlyList<TextLine> lines)
    {
        var run = new List<TextLine>();
        foreach (var line in lines.Append(null))
        {
            if (line is not null && IsZoneLine(line))
            {
                run.Add(line);
                continue;
            }

            if (run.Count >= 2)
            {
                yield return new MrzBand(
                    run[0].Page,
                    Boxes.Union(run.Select(l => l.Box)),
                    [.. run.Select(l => string.Concat(l.Words.Select(w => w.Text)))],
                    run.Average(l => l.Confidence));
            }

            run.Clear();
        }
    }

    private static bool IsZoneLine(TextLine line)
    {
        var text = string.Concat(line.Words.Select(w => w.Text));
        var clean = MrzCharacters.Clean(text);
        return clean.Length >= 26 && clean.Length >= text.Length * 0.85 && clean.Count(c => c == '<') >= 2
            && !clean.Any(char.IsLower);
    }
}
