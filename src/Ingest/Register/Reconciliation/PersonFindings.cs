using DocArchive.Ingest.Extraction;

namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>
/// The findings about one person on a day, from their documents dated up to it: each field report of the window
/// checked against the permits in the archive (<see cref="FindingCodes.Overstay"/>, <see cref="FindingCodes.NoPermit"/>,
/// <see cref="FindingCodes.OtherEmployer"/>), overlapping permits at two employers, and a permit holder named in no other
/// source within the window. One finding a person and code, dated by its newest document, at the employer of the field
/// report that shows it, else the person's.
/// </summary>
internal static class PersonFindings
{
    public static IEnumerable<FindingDraft> Find(Guid personId, IReadOnlyList<Sighting> sightings, Standing standing, DateOnly day, DateOnly windowStart)
    {
        var known = sightings.TakeWhile(s => s.Date <= day).ToList();
        var permits = known.Where(s => s.Type == DocumentTypes.Permit && s.ExpiryDate is not null).ToList();
        var found = new Dictionary<string, List<Sighting>>(StringComparer.Ordinal);
        foreach (var visit in known.Where(s => s.Type == DocumentTypes.FieldReport && s.Date > windowStart))
        {
            var covering = permits.Where(p => p.Covers(visit.Date)).OrderByDescending(p => p.ExpiryDate).ToList();
            if (covering.Count > 0)
            {
                if (visit.EmployerKey is { } at && covering[0].EmployerKey is not null && covering.All(p => p.EmployerKey != at))
                {
                    Add(found, FindingCodes.OtherEmployer, visit, covering[0]);
                }
            }
            else if (permits.Where(p => p.ExpiryDate < visit.Date).MaxBy(p => p.ExpiryDate) is { } ended)
            {
                Add(found, FindingCodes.Overstay, visit, ended);
            }
            else
            {
                Add(found, FindingCodes.NoPermit, visit);
            }
        }

        var overlapping = permits
            .Where(a => a.EmployerKey is not null
                && permits.Any(b => b.EmployerKey is not null && b.EmployerKey != a.EmployerKey && a.Start <= b.ExpiryDate && b.Start <= a.ExpiryDate))
            .ToArray();
        if (overlapping.Length > 0)
        {
            Add(found, FindingCodes.TwoEmployers, overlapping);
        }

        if (standing.Permit
            && permits.Min(p => p.Start) <= windowStart
            && !known.Any(s => s.Type is DocumentTypes.FieldReport or DocumentTypes.Minutes or DocumentTypes.Rptka && s.Date > windowStart))
        {
            Add(found, FindingCodes.PermitOnly, permits.Where(p => p.Covers(day)).MaxBy(p => p.ExpiryDate)!);
        }

        return found.Select(f => new FindingDraft(
            f.Key,
            f.Value.Max(s => s.Date),
            f.Value.FirstOrDefault(s => s.Type == DocumentTypes.FieldReport)?.EmployerKey ?? standing.Employer?.EmployerKey,
            standing.District,
            null,
            null,
            null,
            [personId],
            [.. f.Value.DistinctBy(s => s.DocumentId).OrderByDescending(s => s.Date)],
            []));
    }

    private static void Add(Dictionary<string, List<Sighting>> found, string code, params Sighting[] shown)
    {
        if (!found.TryGetValue(code, out var list))
        {
            found[code] = list = [];
        }

        list.AddRange(shown);
    }
}
