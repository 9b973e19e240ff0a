namespace DocArchive.Ingest.Extraction.Mrz;

/// <summary>
/// Repairs letter/digit confusions in the positions that may hold either (document number, optional data), accepting a
/// repair only when every check digit then passes and no other repair of as much plausibility does too.
/// </summary>
internal static class MrzRepair
{
    public static string[]? TryRepair(
        string[] lines,
        MrzLayout layout,
        IReadOnlyList<string> failed,
        Func<IReadOnlyList<string>, MrzLayout, List<string>> evaluate)
    {
        if (failed.Any(f => f is "dateOfBirth" or "expiry"))
        {
            return null;
        }

        var classes = layout.Classes();
        var fieldChecks = layout.Checks.Where(c => c.Name != "composite" && failed.Contains(c.Name)).ToList();
        List<List<Edit>> choices = [];
        foreach (var check in fieldChecks)
        {
            var edits = Singles(lines, classes, check.Spans)
                .Where(e => check.Passes(Apply(lines, [e])))
                .ToList();
            if (edits.Count == 0)
            {
                return null;
            }

            choices.Add(edits);
        }

        if (fieldChecks.Count == 0)
        {
            // Only the composite fails: the error is in a span no other check covers.
            var covered = layout.Checks.Where(c => c.Name != "composite").SelectMany(c => c.Spans).ToList();
            var composite = layout.Checks.FirstOrDefault(c => c.Name == "composite");
            if (composite is null)
            {
                return null;
            }

            choices.Add([.. Singles(lines, classes, composite.Spans).Where(e => !covered.Any(s => Covers(s, e)))]);
        }

        var passing = Combine(choices)
            .Where(combination => evaluate(Apply(lines, combination), layout).Count == 0)
            .ToList();
        if (passing.Count == 0)
        {
            return null;
        }

        var scores = passing.Select(c => c.Sum(e => Plausibility(lines, e))).ToList();
        var best = scores.Max();
        return scores.Count(s => s == best) == 1 ? Apply(lines, passing[scores.IndexOf(best)]) : null;
    }

    private static bool Covers(MrzField span, Edit edit) =>
        span.Line == edit.Line && edit.Position >= span.Start && edit.Position < span.Start + span.Length;

    private static IEnumerable<Edit> Singles(string[] lines, MrzCharClass[][] classes, IReadOnlyList<MrzField> spans)
    {
        foreach (var span in spans)
        {
            for (var p = span.Start; p < span.Start + span.Length; p++)
            {
                if (classes[span.Line][p] != MrzCharClass.Alphanumeric
                    || !MrzCharacters.Alternatives.TryGetValue(lines[span.Line][p], out var alternatives))
                {
                    continue;
                }

                foreach (var alternative in alternatives)
                {
                    yield return new Edit(span.Line, p, alternative);
                }
            }
        }
    }

    private static IEnumerable<List<Edit>> Combine(List<List<Edit>> choices)
    {
        IEnumerable<List<Edit>> combinations = [[]];
        foreach (var choice in choices)
        {
            combinations = combinations.SelectMany(c => choice.Select(e => (List<Edit>)[.. c, e])).ToList();
        }

        return combinations;
    }

    private static string[] Apply(string[] lines, IReadOnlyList<Edit> edits)
    {
        var copy = lines.Select(l => l.ToCharArray()).ToArray();
        foreach (var edit in edits)
        {
            copy[edit.Line][edit.Position] = edit.Replacement;
        }

        return [.. copy.Select(c => new string(c))];
    }

    /// <summary>2 when the new character is of the kind its neighbours are (a digit among digits), else 0 or 1.</summary>
    private static int Plausibility(string[] lines, Edit edit)
    {
        var line = lines[edit.Line];
        var kind = Kind(edit.Replacement);
        var score = 0;
        if (edit.Position > 0 && Kind(line[edit.Position - 1]) == kind)
        {
            score++;
        }

        if (edit.Position + 1 < line.Length && Kind(line[edit.Position + 1]) == kind)
        {
            score++;
        }

        return score;
    }

    private static int Kind(char c) => c switch
    {
        >= '0' and <= '9' => 0,
        '<' => 1,
        _ => 2,
    };

    private sealed record Edit(int Line, int Position, char Replacement);
}
