using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Register.Persons;

namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>
/// The reconciliation register: one count of the foreign workers known, with each source's count beside it (permits in
/// force, RPTKA approvals in force, field reports and minutes of the last months), per district and employer, as of any
/// day from the documents' own dates; every difference between the sources as a finding with its persons and documents;
/// and the lists behind every number. Everything is reckoned in one pass over the sightings the catalog gives in one query.
/// </summary>
public sealed class ReconciliationRegister(CatalogDbContext db, TimeProvider clock)
{
    /// <summary>The months the history goes back.</summary>
    public const int HistoryMonths = 24;

    /// <summary>The district or employer value that asks for the persons placed in none.</summary>
    public const string None = "-";

    /// <summary>The register for <paramref name="query"/>; the district must be one <see cref="Districts.Find"/> knows (or <see cref="None"/>).</summary>
    public async Task<Reconciliation> ComputeAsync(ReconciliationQuery query, CancellationToken cancellationToken)
    {
        var scope = Resolve(query);
        var snapshot = await RegisterSnapshot.LoadAsync(db, scope, cancellationToken);
        var day = scope.AsOf;
        var windowStart = scope.WindowStart(day);
        var counted = Count(snapshot, scope, day);
        var inForce = snapshot.Positions
            .Where(p => p.InForce(day) && (scope.District is null || p.District is null || p.District == scope.District) && !scope.NoDistrict && !scope.NoEmployer)
            .ToList();
        var drafts = counted
            .SelectMany(c => PersonFindings.Find(c.PersonId, snapshot.Persons[c.PersonId], c.Standing, day, windowStart))
            .Concat(ApprovalTally.Find(inForce, counted))
            .OrderBy(f => FindingCodes.Urgency(f.Code))
            .ThenByDescending(f => f.Date)
            .ThenBy(f => f.Persons[0])
            .ToList();
        var evidence = new RegisterEvidence(db, snapshot);
        var findings = await evidence.FindingsAsync(Listed(drafts, query), counted.ToDictionary(c => c.PersonId, c => c.Standing), cancellationToken);
        return new Reconciliation(
            day,
            scope.Months,
            scope.District,
            scope.EmployerKey,
            scope.EmployerKey is { } key ? snapshot.Employers.GetValueOrDefault(key, key) : null,
            Tally(counted, inForce.Sum(p => p.Count), drafts.Count),
            [.. Rows(counted, s => s.District?.Name, inForce, p => p.District?.Name, drafts, f => f.District?.Name)
                .Select(r => r with { Label = r.Key, Province = Districts.All.FirstOrDefault(d => d.Name == r.Key)?.Province })
                .OrderBy(r => r.Key is null)
                .ThenBy(r => r.Province, StringComparer.Ordinal)
                .ThenByDescending(r => r.Counts.Known)
                .ThenBy(r => r.Key, StringComparer.Ordinal)],
            [.. Rows(counted, s => s.Employer?.EmployerKey, inForce, p => p.EmployerKey, drafts, f => f.EmployerKey)
                .Select(r => r with { Label = r.Key is null ? null : snapshot.Employers.GetValueOrDefault(r.Key, r.Key) })
                .OrderBy(r => r.Key is null)
                .ThenByDescending(r => r.Counts.Known)
                .ThenBy(r => r.Label, StringComparer.Ordinal)],
            FindingCounts(drafts),
            [.. drafts.GroupBy(d => d.District?.Name)
                .SelectMany(g => FindingCounts([.. g]).Where(c => c.Findings > 0).Select(c => new DistrictFindingCount(g.Key, c)))],
            findings,
            [.. History(day).Select(d => new MonthCounts(d, Tally(Count(snapshot, scope, d), 0, 0)))]);
    }

    /// <summary>The persons behind a count: those <paramref name="source"/> knows in the scope of <paramref name="query"/>, by name.</summary>
    public async Task<IReadOnlyList<RegisterPerson>> ListAsync(ReconciliationQuery query, ReconciliationSource source, CancellationToken cancellationToken)
    {
        var scope = Resolve(query);
        var snapshot = await RegisterSnapshot.LoadAsync(db, scope, cancellationToken);
        var counted = Count(snapshot, scope, scope.AsOf).Where(c => c.Standing.Counts(source)).ToDictionary(c => c.PersonId, c => c.Standing);
        var persons = await new RegisterEvidence(db, snapshot).PersonsAsync(counted, scope.AsOf, scope.WindowStart(scope.AsOf), cancellationToken);
        return [.. persons.Values.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.PassportNumber, StringComparer.Ordinal)];
    }

    /// <summary>Whether <paramref name="district"/> is a district the register can be asked for: blank, <see cref="None"/>, or a name of one.</summary>
    public static bool IsDistrict(string? district) =>
        string.IsNullOrWhiteSpace(district) || district == None || Districts.Find(district) is not null;

    private static List<FindingCount> FindingCounts(List<FindingDraft> drafts) =>
        [.. FindingCodes.ByUrgency.Select(code => new FindingCount(
            code, drafts.Count(d => d.Code == code), drafts.Where(d => d.Code == code).SelectMany(d => d.Persons).Distinct().Count()))];

    /// <summary>The findings <paramref name="query"/> lists, most urgent first.</summary>
    private static List<FindingDraft> Listed(List<FindingDraft> drafts, ReconciliationQuery query)
    {
        var listed = drafts.Where(d => query.Finding is null || d.Code == query.Finding);
        return query.ListedPerDistrict
            ? [.. listed.GroupBy(d => d.District).SelectMany(g => g.Take(query.Listed)).OrderBy(d => FindingCodes.Urgency(d.Code)).ThenByDescending(d => d.Date)]
            : [.. listed.Take(query.Listed)];
    }

    private RegisterScope Resolve(ReconciliationQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Months, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Months, ReconciliationQuery.MaxMonths);
        if (!IsDistrict(query.District))
        {
            throw new ArgumentException($"No district is named '{query.District}'.", nameof(query));
        }

        var district = query.District is { } named && named != None ? Districts.Find(named) : null;
        var employer = query.Employer is { } printed && printed != None ? PersonLinker.EmployerKey(printed) : null;
        return new RegisterScope(query.AsOf ?? ArchiveDays.Today(clock), query.Months, district, query.District == None, employer, query.Employer == None);
    }

    private static List<(Guid PersonId, Standing Standing)> Count(RegisterSnapshot snapshot, RegisterScope scope, DateOnly day)
    {
        var windowStart = scope.WindowStart(day);
        var counted = new List<(Guid, Standing)>();
        foreach (var (person, sightings) in snapshot.Persons)
        {
            var standing = Standing.At(sightings, day, windowStart);
            if (scope.Includes(standing))
            {
                counted.Add((person, standing));
            }
        }

        return counted;
    }

    private static SourceCounts Tally(IReadOnlyCollection<(Guid PersonId, Standing Standing)> counted, int allowed, int findings) => new(
        counted.Count,
        counted.Count(c => c.Standing.Permit),
        counted.Count(c => c.Standing.Rptka),
        counted.Count(c => c.Standing.Site),
        counted.Count(c => c.Standing.Minutes),
        allowed,
        findings);

    /// <summary>The counts per group (a district or employer), with the positions allowed and the findings of each; groups with only positions too.</summary>
    private static IEnumerable<ReconciliationRow> Rows(
        List<(Guid PersonId, Standing Standing)> counted,
        Func<Standing, string?> group,
        List<ApprovedPosition> inForce,
        Func<ApprovedPosition, string?> positionGroup,
        List<FindingDraft> drafts,
        Func<FindingDraft, string?> findingGroup)
    {
        var persons = counted.ToLookup(c => group(c.Standing), StringComparer.Ordinal);
        var allowed = inForce.ToLookup(positionGroup, StringComparer.Ordinal);
        var findings = drafts.ToLookup(findingGroup, StringComparer.Ordinal);
        return persons.Select(g => g.Key).Union(allowed.Where(g => g.Key is not null).Select(g => g.Key), StringComparer.Ordinal)
            .Select(key => new ReconciliationRow(key, key, null, Tally([.. persons[key]], allowed[key].Sum(p => p.Count), findings[key].Count())));
    }

    /// <summary>The last day of each of the months before the one of <paramref name="day"/>, oldest first, then the day itself.</summary>
    private static IEnumerable<DateOnly> History(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return Enumerable.Range(1, HistoryMonths - 1).Reverse().Select(m => first.AddMonths(-m + 1).AddDays(-1)).Append(day);
    }
}
