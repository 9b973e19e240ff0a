using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Register.Watch;

/// <summary>
/// Finds the permits to act on: for each person the permit that ends last (in any document but an RPTKA), when it ends
/// within the window or ended within the last <see cref="RecentDays"/> days; those that ended earlier are counted, and
/// listed too when asked for. A person whose permit was renewed is not listed.
/// </summary>
public sealed class ExpiryWatch(CatalogDbContext db, TimeProvider clock)
{
    /// <summary>The widest window asked for, in days.</summary>
    public const int MaxDays = 366;

    /// <summary>How many days back an ended permit is listed unless the older ones are asked for.</summary>
    public const int RecentDays = 90;

    /// <summary>The watch with the window of <paramref name="days"/>; the permits that ended before the last <see cref="RecentDays"/> are listed only when <paramref name="older"/>.</summary>
    public async Task<WatchList> ListAsync(int days, bool older, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        var today = ArchiveDays.Today(clock);
        var limit = today.AddDays(days);
        var recent = today.AddDays(-RecentDays);
        var permits = db.PersonDocuments.AsNoTracking().Where(PermitLinks.WithExpiry);
        var latest = permits.Where(l => !permits.Any(o => o.PersonId == l.PersonId && o.ExpiryDate > l.ExpiryDate));
        var olderCount = await latest.Where(l => l.ExpiryDate < recent).Select(l => l.PersonId).Distinct().CountAsync(cancellationToken);
        var rows = await latest
            .Where(l => l.ExpiryDate <= limit && (older || l.ExpiryDate >= recent))
            .Select(l => new
            {
                l.PersonId,
                l.DocumentId,
                l.Person!.Name,
                l.Person.PassportNumber,
                l.Person.Nationality,
                l.Employer,
                l.EmployerKey,
                l.PermitNumber,
                Expiry = l.ExpiryDate!.Value,
                l.Document!.DocumentType,
                l.Document.Location,
                Date = l.Document.DocumentDate ?? l.IssueDate,
                l.Document.UploadedAt,
            })
            .ToListAsync(cancellationToken);

        // One row a person: a permit itself before a report of it, the newest document first.
        var chosen = rows
            .GroupBy(r => r.PersonId)
            .Select(g => g.OrderBy(r => r.DocumentType == DocumentTypes.Permit ? 0 : 1)
                .ThenByDescending(r => ArchiveDays.Of(r.Date, null, r.UploadedAt))
                .ThenBy(r => r.DocumentId)
                .First())
            .ToList();
        var places = await PlacesAsync([.. chosen.Where(c => c.Location is null).Select(c => c.PersonId)], cancellationToken);
        var entries = chosen
            .Select(r => new WatchEntry(
                r.PersonId,
                r.Name,
                r.PassportNumber,
                r.Nationality,
                r.Employer,
                r.EmployerKey,
                r.Location ?? places.GetValueOrDefault(r.PersonId),
                r.PermitNumber,
                r.Expiry,
                r.Expiry.DayNumber - today.DayNumber,
                r.Expiry < today,
                r.DocumentId))
            .OrderBy(e => e.ExpiryDate)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        return new WatchList(
            today,
            days,
            older,
            olderCount,
            entries.Count(e => e.Expired),
            entries.Count(e => !e.Expired),
            Groups(entries, e => e.EmployerKey, e => e.Employer),
            Groups(entries, e => e.Location is null ? null : Spellings.Key(e.Location), e => e.Location));
    }

    /// <summary>The place of each person's newest document that names one.</summary>
    private async Task<Dictionary<Guid, string>> PlacesAsync(List<Guid> personIds, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
        {
            return [];
        }

        var placed = await db.PersonDocuments.AsNoTracking()
            .Where(l => personIds.Contains(l.PersonId) && l.Document!.Location != null)
            .Select(l => new { l.PersonId, Location = l.Document!.Location!, Date = l.Document.DocumentDate ?? l.IssueDate, l.Document.UploadedAt })
            .ToListAsync(cancellationToken);
        return placed
            .GroupBy(p => p.PersonId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => ArchiveDays.Of(p.Date, null, p.UploadedAt)).ThenByDescending(p => p.UploadedAt).First().Location);
    }

    private static List<WatchGroup> Groups(List<WatchEntry> entries, Func<WatchEntry, string?> key, Func<WatchEntry, string?> name) =>
        [.. entries
            .GroupBy(key, StringComparer.Ordinal)
            .Select(g => new WatchGroup(
                g.Key,
                g.Key is null ? null : Spellings.MostSeen(g.Select(name)).FirstOrDefault(),
                g.Count(e => e.Expired),
                g.Count(e => !e.Expired),
                [.. g]))
            .OrderBy(g => g.Key is null ? 1 : 0)
            .ThenByDescending(g => g.Entries.Count)
            .ThenBy(g => g.Name, StringComparer.Ordinal)];
}
