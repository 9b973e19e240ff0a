using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Model;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Register.Persons;

/// <summary>Reads a person and their documents from the catalog, for the person page and the API.</summary>
public sealed class PersonDirectory(CatalogDbContext db, TimeProvider clock)
{
    /// <summary>
    /// The person with all they appear in (a person merged into another is found as that one); null when there is no such
    /// person.
    /// </summary>
    public async Task<PersonProfile?> FindAsync(Guid personId, CancellationToken cancellationToken)
    {
        var found = await db.Persons.FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (found is null)
        {
            return null;
        }

        var person = await PersonLinker.SurvivorAsync(db, found, cancellationToken);
        personId = person.Id;

        var rows = await db.PersonDocuments.AsNoTracking()
            .Where(l => l.PersonId == personId)
            .Select(l => new { Link = l, l.Document!.OriginalName, l.Document.DocumentType, l.Document.DocumentDate, l.Document.UploadedAt })
            .ToListAsync(cancellationToken);
        var seen = rows
            .Select(r => (r.Link, Sighting: new PersonSighting(
                r.Link.DocumentId,
                r.OriginalName,
                r.DocumentType,
                ArchiveDays.Of(r.DocumentDate, r.Link.IssueDate, r.UploadedAt),
                r.Link.ToRecord()), r.UploadedAt))
            .OrderByDescending(s => s.Sighting.Date)
            .ThenByDescending(s => s.UploadedAt)
            .ToList();
        var today = ArchiveDays.Today(clock);
        return new PersonProfile(
            person.Id,
            person.Name,
            person.PassportNumber,
            person.Nationality,
            person.DateOfBirth,
            [.. seen.Select(s => s.Sighting)],
            Spellings.MostSeen(seen.Select(s => s.Link.Name)),
            Spellings.MostSeen(seen.Select(s => s.Link.PassportNumber)),
            [.. seen.Where(s => s.Link.EmployerKey is not null && s.Link.Employer is not null)
                .GroupBy(s => s.Link.EmployerKey!, StringComparer.Ordinal)
                .Select(g => new EmployerPeriod(g.First().Link.Employer!, g.Key, g.Min(s => s.Sighting.Date), g.Max(s => s.Sighting.Date), g.Count()))
                .OrderBy(e => e.From)
                .ThenBy(e => e.Key, StringComparer.Ordinal)],
            [.. seen.Where(s => PermitLinks.Shows(s.Link, s.Sighting.DocumentType))
                .GroupBy(s => (s.Link.PermitNumber, s.Link.IssueDate, s.Link.ExpiryDate))
                .Select(g => new PermitPeriod(
                    g.Key.PermitNumber, g.Key.IssueDate, g.Key.ExpiryDate, g.Key.ExpiryDate < today, [.. g.Select(s => s.Link.DocumentId).Distinct()]))
                .OrderByDescending(p => p.ExpiryDate ?? p.IssueDate ?? DateOnly.MinValue)
                .ThenByDescending(p => p.IssueDate ?? DateOnly.MinValue)],
            await FindingsAsync(seen.Select(s => (s.Link, s.Sighting)).ToList(), cancellationToken));
    }

    /// <summary>The <see cref="FieldKeys.Finding"/> field of the person in each of their documents, in the documents' order.</summary>
    private async Task<List<PersonFinding>> FindingsAsync(List<(PersonDocument Link, PersonSighting Sighting)> seen, CancellationToken cancellationToken)
    {
        var documentIds = seen.Select(s => s.Link.DocumentId).Distinct().ToList();
        var keys = seen.Select(s => FieldKeys.Person(s.Link.Index, FieldKeys.Finding)).Distinct().ToList();
        var stored = await db.ExtractedFields.AsNoTracking()
            .Where(f => documentIds.Contains(f.DocumentId) && keys.Contains(f.Key))
            .Select(f => new { f.DocumentId, f.Key, f.Value })
            .ToListAsync(cancellationToken);
        var values = stored.ToDictionary(f => (f.DocumentId, f.Key), f => f.Value);
        return [.. seen
            .Select(s => values.TryGetValue((s.Link.DocumentId, FieldKeys.Person(s.Link.Index, FieldKeys.Finding)), out var finding)
                ? new PersonFinding(s.Sighting.DocumentId, s.Sighting.FileName, s.Sighting.Date, finding)
                : null)
            .OfType<PersonFinding>()];
    }
}
