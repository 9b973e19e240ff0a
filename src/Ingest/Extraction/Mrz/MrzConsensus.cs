namespace DocArchive.Ingest.Extraction.Mrz;

/// <summary>
/// One zone from several readings of the same band, drawn at different scales. OCR's misreads of filler change with the
/// scale, and check digits cannot catch them in the names (which have none) nor a <c>K</c> anywhere (it counts 0, as
/// filler does): where the readings that fail fewest check digits in the same layout disagree on a character (on the
/// names field, which a letter too many shifts, on the whole field), the one most of them read wins, a tie going to the
/// earlier reading, and a lone letter between filler that another reading saw as filler is filler. The vote stands only if it fails no more check digits.
/// </summary>
internal static class MrzConsensus
{
    /// <summary>The zone the <paramref name="readings"/> agree on, or the best of them; null when none reads as a zone.</summary>
    public static MrzResult? Read(IReadOnlyList<IReadOnlyList<string>> readings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var results = readings.Select(r => MrzReader.Read(r, today)).OfType<MrzResult>().ToList();
        if (results.Count == 0)
        {
            return null;
        }

        var fewest = results.Min(r => r.FailedChecks.Count);
        var best = results.First(r => r.FailedChecks.Count == fewest);
        var voters = results.Where(r => r.Format == best.Format && r.FailedChecks.Count == fewest).ToList();
        if (voters.Count < 2)
        {
            return best;
        }

        // A name read one letter longer shifts the rest of its field: names are voted whole, not letter by letter.
        var names = MrzLayout.All.First(l => l.Format == best.Format).Names;
        var field = voters.GroupBy(v => names.Read(v.Lines)).OrderByDescending(g => g.Count()).First().Key;
        var lines = best.Lines.Select((line, l) =>
        {
            var voted = line.Select((_, p) => Vote(voters, l, p)).ToArray();
            if (l == names.Line)
            {
                field.CopyTo(0, voted, names.Start, names.Length);
            }

            return Filler(voted, voters, l);
        }).ToList();
        var voted = MrzReader.Read(lines, today);
        return voted is not null && voted.Format == best.Format && voted.FailedChecks.Count <= fewest
            ? voted with { Repaired = voted.Repaired || voters.Any(v => v.Repaired) }
            : best;
    }

    /// <summary>
    /// The voted line with each lone letter OCR reads filler as, standing between filler where another reading saw
    /// filler, as filler: a letter printed there reads as itself at every scale.
    /// </summary>
    private static string Filler(char[] line, List<MrzResult> voters, int l)
    {
        var voted = (char[])line.Clone();
        for (var p = 0; p < line.Length; p++)
        {
            if (MrzCharacters.IsFillerLetter(line[p])
                && (p == 0 || line[p - 1] == '<')
                && (p == line.Length - 1 || line[p + 1] == '<')
                && voters.Any(v => v.Lines[l][p] == '<'))
            {
                voted[p] = '<';
            }
        }

        return new string(voted);
    }

    private static char Vote(List<MrzResult> voters, int line, int position) =>
        voters.GroupBy(v => v.Lines[line][position]).OrderByDescending(g => g.Count()).First().Key;
}
