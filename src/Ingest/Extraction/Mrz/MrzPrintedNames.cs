namespace DocArchive.Ingest.Extraction.Mrz;

/// <summary>
/// Corroborates a zone's names with the names printed on the same page (the visual zone): a name part as read that is
/// not printed, but is printed words with letters OCR reads filler as around or between them (<c>ANNAXMARIA</c>,
/// <c>MARIAK</c> beside a printed <c>ANNA MARIA</c>), is those words. A part changes only into printed words, and the
/// names are only rewritten when every part of the rewritten half (surname or given names) is printed, so a name
/// nothing on the page confirms stays as read.
/// </summary>
internal static class MrzPrintedNames
{
    /// <summary>OCR reads one chevron as at most this many letters.</summary>
    private const int MaxJunk = 2;

    /// <summary>Shorter printed words (initials, articles) do not corroborate.</summary>
    private const int MinWordLength = 2;

    /// <summary><paramref name="zone"/> with its names as the <paramref name="printed"/> words confirm them, or as it was.</summary>
    public static MrzResult Corroborate(MrzResult zone, IReadOnlyCollection<string> printed, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(printed);
        var words = printed.Where(w => w.Length >= MinWordLength).ToHashSet(StringComparer.Ordinal);
        var names = MrzLayout.All.First(l => l.Format == zone.Format).Names;
        var field = names.Read(zone.Lines);
        var separator = field.IndexOf("<<", StringComparison.Ordinal);
        if (words.Count == 0 || separator <= 0)
        {
            return zone;
        }

        var surname = Confirm(field[..separator], words);
        var given = Confirm(field[(separator + 2)..], words);
        if (surname is null && given is null)
        {
            return zone;
        }

        var rewritten = (surname ?? field[..separator]) + "<<" + (given ?? field[(separator + 2)..].TrimEnd('<'));
        if (rewritten.Length > field.Length || rewritten == field.TrimEnd('<'))
        {
            return zone;
        }

        var lines = zone.Lines.ToArray();
        var line = lines[names.Line];
        lines[names.Line] = line[..names.Start] + rewritten.PadRight(field.Length, '<') + line[(names.Start + field.Length)..];
        return MrzReader.Read(lines, today) is { } read && read.Format == zone.Format && read.FailedChecks.Count <= zone.FailedChecks.Count
            ? read with { Repaired = true }
            : zone;
    }

    /// <summary>Whether every part of the zone's names, surname and given names, is one of the <paramref name="printed"/> words.</summary>
    public static bool AllPrinted(MrzResult zone, IReadOnlyCollection<string> printed)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(printed);
        var parts = MrzLayout.All.First(l => l.Format == zone.Format).Names.Read(zone.Lines)
            .Split('<', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && parts.All(p => printed.Contains(p, StringComparer.Ordinal));
    }

    /// <summary>The half of the names as printed words joined by filler, when every part of it is printed; else null.</summary>
    private static string? Confirm(string half, HashSet<string> words)
    {
        var parts = half.Split('<', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        var confirmed = new List<string>();
        foreach (var part in parts)
        {
            if (words.Contains(part))
            {
                confirmed.Add(part);
            }
            else if (Split(part, words) is { } split)
            {
                confirmed.AddRange(split);
            }
            else if (!part.All(MrzCharacters.IsFillerLetter))
            {
                return null;
            }
        }

        return confirmed.Count > 0 ? string.Join('<', confirmed) : null;
    }

    /// <summary>
    /// <paramref name="part"/> as printed words with up to <see cref="MaxJunk"/> filler-like letters before, between and
    /// after them (at least one between two words); null unless there is exactly one such reading.
    /// </summary>
    private static List<string>? Split(string part, HashSet<string> words)
    {
        var found = new List<List<string>>();
        Search(part, 0, words, [], found);
        var distinct = found.DistinctBy(f => string.Join('<', f)).ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }

    private static void Search(string part, int at, HashSet<string> words, List<string> taken, List<List<string>> found)
    {
        for (var junk = 0; junk <= MaxJunk && at + junk <= part.Length; junk++)
        {
            if (junk > 0 && !MrzCharacters.IsFillerLetter(part[at + junk - 1]))
            {
                return;
            }

            if (junk == 0 && taken.Count > 0 && at < part.Length)
            {
                continue;
            }

            var start = at + junk;
            if (start == part.Length)
            {
                if (taken.Count > 0)
                {
                    found.Add([.. taken]);
                }

                return;
            }

            for (var end = start + MinWordLength; end <= part.Length; end++)
            {
                var word = part[start..end];
                if (words.Contains(word))
                {
                    Search(part, end, words, [.. taken, word], found);
                }
            }
        }
    }
}
