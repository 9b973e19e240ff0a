using System.Text.RegularExpressions;

namespace DocArchive.Web.Tests.Shipped;

/// <summary>One page seen by one walker in one language and window width, and what was wrong with it.</summary>
internal sealed partial record PageVisit(string Walker, string Page, string Language, int Width, IReadOnlyList<string> Problems)
{
    /// <summary>The screenshot's name without extension: <c>officer-search-en-390</c>.</summary>
    public string Name => $"{Walker}-{Page}-{Language}-{Width}";

    /// <summary>
    /// Every problem of every visit in one text, so a failing walk shows all that is left at once: a line per page and
    /// problem (problems differing only in their numbers are one), with the walkers, languages and widths that met it.
    /// </summary>
    public static string Report(IReadOnlyList<PageVisit> visits, string screenshots)
    {
        ArgumentNullException.ThrowIfNull(visits);
        var lines = visits
            .SelectMany(v => v.Problems.Select(p => (Visit: v, Problem: p)))
            .GroupBy(p => (p.Visit.Page, Kind: Number().Replace(p.Problem, "#")))
            .Select(g => $"  {g.Key.Page} [{Where(g.Select(p => p.Visit))}]: {g.First().Problem}");
        return $"{visits.Count(v => v.Problems.Count > 0)} of {visits.Count} page views have problems (screenshots: {screenshots}):\n{string.Join('\n', lines)}";
    }

    /// <summary>Who met a problem where: <c>officer id-390 en-390; analyst id-390</c>.</summary>
    private static string Where(IEnumerable<PageVisit> visits) =>
        string.Join("; ", visits.GroupBy(v => v.Walker).Select(w => $"{w.Key} {string.Join(' ', w.Select(v => $"{v.Language}-{v.Width}"))}"));

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}
