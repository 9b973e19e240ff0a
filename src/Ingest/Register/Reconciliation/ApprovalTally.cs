namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>
/// Sets each employer's RPTKA positions in force beside its workers counted, per job title (compared on its key, as the
/// company page does): more workers than the positions allow is <see cref="FindingCodes.RptkaExceeded"/>, workers in a
/// title no approval names (at an employer with approvals in force) <see cref="FindingCodes.RptkaUnapproved"/>.
/// Workers whose position is not known are left out. The finding is in the district of the approvals, else of most of
/// its workers.
/// </summary>
internal static class ApprovalTally
{
    public static IEnumerable<FindingDraft> Find(IReadOnlyList<ApprovedPosition> inForce, IReadOnlyList<(Guid PersonId, Standing Standing)> workers)
    {
        var staff = workers
            .Where(w => w.Standing.Employer?.EmployerKey is not null && w.Standing.Position is not null)
            .ToLookup(w => w.Standing.Employer!.EmployerKey!, StringComparer.Ordinal);
        foreach (var employer in inForce.Where(p => p.EmployerKey is not null).GroupBy(p => p.EmployerKey!, StringComparer.Ordinal))
        {
            var approved = employer.ToLookup(p => p.TitleKey, StringComparer.Ordinal);
            foreach (var title in staff[employer.Key].GroupBy(w => Spellings.Key(w.Standing.Position!), StringComparer.Ordinal))
            {
                var rows = approved[title.Key].ToList();
                var allowed = rows.Sum(p => p.Count);
                var found = title.Count();
                if (rows.Count > 0 && found <= allowed)
                {
                    continue;
                }

                var shown = title.Select(w => w.Standing.Employer!).ToList();
                yield return new FindingDraft(
                    rows.Count > 0 ? FindingCodes.RptkaExceeded : FindingCodes.RptkaUnapproved,
                    shown.Select(s => s.Date).Concat(rows.Select(p => p.Date)).Max(),
                    employer.Key,
                    employer.Select(p => p.District).FirstOrDefault(d => d is not null)
                        ?? title.GroupBy(w => w.Standing.District).OrderByDescending(g => g.Count()).ThenBy(g => g.Key?.Name, StringComparer.Ordinal).First().Key,
                    title.Select(w => w.Standing.Position!).GroupBy(p => p, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key,
                    allowed,
                    found,
                    [.. title.Select(w => w.PersonId)],
                    [.. shown.OrderByDescending(s => s.Date)],
                    rows.Count > 0 ? rows : [.. employer]);
            }
        }
    }
}
