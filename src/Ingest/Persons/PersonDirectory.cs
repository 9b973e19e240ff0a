using DocArchive.Ingest.Catalog;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Persons;

/// <summary>Reads a person and their documents from the catalog, for the person page and the API.</summary>
public sealed class PersonDirectory(CatalogDbContext db)
{
    /// <summary>The person with all they appear in; null when there is no such person.</summary>
    public async Task<PersonProfile?> FindAsync(Guid personId, CancellationToken cancellationToken)
    {
        var person = await db.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var rows = await db.PersonDocuments.AsNoTracking()
            .Where(l => l.PersonId == personId)
            .Select(l => new { Link = l, l.Document!.OriginalName, l.Document.DocumentType, l.Document.DocumentDate, l.Document.UploadedAt })
            .ToListAsync(cancellationToken);
        var seen = rows
            .Select(r => (r.Link, Sighting: new PersonSighting(
                r.Link.DocumentId,
                r.OriginalName,
                r.DocumentType,
                r.DocumentDate ?? r.Link.IssueDate ?? DateOnly.FromDateTime(r.UploadedAt.UtcDateTime),
                r.Link.ToRecord()), r.UploadedAt))
            .OrderByDescending(s => s.Sighting.Date)
            .ThenByDescending(s => s.UploadedAt)
            .ToList();
        return new PersonProfile(
            person.Id,
            person.Name,
            person.PassportNumber,
            person.Nationality,
            person.DateOfBirth,
            [.. seen.Select(s => s.Sighting)],
            MostSeen(seen.Select(s => s.Link.Name)),
            MostSeen(seen.Select(s => s.Link.PassportNumber)),
            [.. seen.Where(s => s.Link.EmployerKey is not null && s.Link.Employer is not null)
                .GroupBy(s => s.Link.EmployerKey!, StringComparer.Ordinal)
                .Select(g => new EmployerPeriod(g.First().Link.Employer!, g.Key, g.Min(s => s.Sighting.Date), g.Max(s => s.Sighting.Date), g.Count()))
                .OrderBy(e => e.From)
                .ThenBy(e => e.Key, StringComparer.Ordinal)],
            [.. seen.Where(s => s.Link.PermitNumber is not null || s.Link.IssueDate is not null || s.Link.ExpiryDate is not null)
                .GroupBy(s => (s.Link.PermitNumber, s.Link.IssueDate, s.Link.ExpiryDate))
                .Select(g => new PermitPeriod(g.Key.PermitNumber, g.Key.IssueDate, g.Key.ExpiryDate, [.. g.Select(s => s.Link.DocumentId).Distinct()]))
                .OrderByDescending(p => p.ExpiryDate ?? p.IssueDate ?? DateOnly.MinValue)
                .ThenByDescending(p => p.IssueDate ?? DateOnly.MinValue)]);
    }

    private static List<string> MostSeen(IEnumerable<string?> values) =>
        [.. values.OfType<string>()
            .GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)];
}
