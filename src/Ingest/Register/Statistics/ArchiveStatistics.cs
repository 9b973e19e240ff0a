using DocArchive.Ingest.Catalog;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Register.Statistics;

/// <summary>
/// Counts the foreign workers of the catalog for the statistics page, each number one grouped query that SQLite and
/// PostgreSQL both run: persons by nationality, by employer comparison key, by district (the document's location, any
/// case), and by the end of their latest permit, reckoned as the expiry watch and the search do (an RPTKA's period is
/// not a permit; a permit ending today has not ended).
/// </summary>
public static class ArchiveStatistics
{
    /// <summary>How many months ahead the permit ends are counted month by month.</summary>
    public const int MonthsAhead = 12;

    public static async Task<WorkerStatistics> ComputeAsync(CatalogDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var persons = db.Persons.AsNoTracking().Where(p => p.MergedIntoId == null);
        var links = db.PersonDocuments.AsNoTracking();
        var total = await persons.CountAsync(cancellationToken);

        var nationalities = await persons
            .GroupBy(p => p.Nationality)
            .Select(g => new { g.Key, Persons = g.Count() })
            .ToListAsync(cancellationToken);
        var byEmployer = await CountAsync(
            links.Where(l => l.EmployerKey != null).Select(l => new Sighting { Key = l.EmployerKey!, Printed = l.Employer!, PersonId = l.PersonId }),
            await persons.CountAsync(p => !p.Documents.Any(l => l.EmployerKey != null), cancellationToken),
            cancellationToken);
        var byDistrict = await CountAsync(
            links.Where(l => l.Document!.Location != null)
                .Select(l => new Sighting { Key = l.Document!.Location!.ToUpper(), Printed = l.Document.Location, PersonId = l.PersonId }),
            await persons.CountAsync(p => !p.Documents.Any(l => l.Document!.Location != null), cancellationToken),
            cancellationToken);

        var firstMonth = new DateOnly(today.Year, today.Month, 1);
        var end = firstMonth.AddMonths(MonthsAhead);
        var permits = links.Where(PermitLinks.WithExpiry);
        var latest = permits.GroupBy(l => l.PersonId).Select(g => g.Max(l => l.ExpiryDate!.Value));
        var ending = await latest
            .Where(e => e >= today && e < end)
            .GroupBy(e => new { e.Year, e.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Persons = g.Count() })
            .ToListAsync(cancellationToken);
        return new WorkerStatistics(
            today,
            total,
            Ordered(nationalities.Select(n => new WorkerCount(n.Key, n.Key, n.Persons))),
            byEmployer,
            byDistrict,
            await latest.CountAsync(e => e < today, cancellationToken),
            [.. Enumerable.Range(0, MonthsAhead)
                .Select(firstMonth.AddMonths)
                .Select(month => new ExpiryMonth(month, ending.Where(e => e.Year == month.Year && e.Month == month.Month).Sum(e => e.Persons)))],
            await latest.CountAsync(e => e >= end, cancellationToken),
            await persons.CountAsync(p => !permits.Any(l => l.PersonId == p.Id), cancellationToken));
    }

    /// <summary>Distinct persons per key, each key labelled with its most printed form; the persons without any key last.</summary>
    private static async Task<List<WorkerCount>> CountAsync(IQueryable<Sighting> sightings, int unknown, CancellationToken cancellationToken)
    {
        var counts = await sightings
            .GroupBy(s => s.Key)
            .Select(g => new { g.Key, Persons = g.Select(s => s.PersonId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var printed = await sightings
            .GroupBy(s => new { s.Key, s.Printed })
            .Select(g => new { g.Key.Key, g.Key.Printed, Sightings = g.Count() })
            .ToListAsync(cancellationToken);
        var labels = printed
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(p => p.Sightings).ThenBy(p => p.Printed, StringComparer.Ordinal).First().Printed,
                StringComparer.Ordinal);
        var known = Ordered(counts.Select(c => new WorkerCount(c.Key, labels.GetValueOrDefault(c.Key, c.Key), c.Persons)));
        return unknown > 0 ? [.. known, new WorkerCount(null, null, unknown)] : known;
    }

    /// <summary>Most persons first, then by label; the group without a value last.</summary>
    private static List<WorkerCount> Ordered(IEnumerable<WorkerCount> counts) =>
        [.. counts.OrderBy(c => c.Key is null).ThenByDescending(c => c.Persons).ThenBy(c => c.Label, StringComparer.Ordinal)];

    /// <summary>A person named in a document, with the value the document is grouped on and how it was printed.</summary>
    private sealed class Sighting
    {
        public required string Key { get; init; }

        public required string Printed { get; init; }

        public Guid PersonId { get; init; }
    }
}
