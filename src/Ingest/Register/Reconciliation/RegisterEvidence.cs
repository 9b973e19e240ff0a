using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>
/// Looks up what the register shows of the persons and documents it names: the persons' names, passport numbers and
/// nationalities, the documents' file names, and the page each document names its person on (the page of the person's
/// name, else of their passport number; for an RPTKA row, of its title).
/// </summary>
internal sealed class RegisterEvidence(CatalogDbContext db, RegisterSnapshot snapshot)
{
    private static readonly string[] NamingFields = ["name", "passportNumber"];

    /// <summary>The counted persons, each with the documents that count them on <paramref name="day"/>.</summary>
    public async Task<Dictionary<Guid, RegisterPerson>> PersonsAsync(
        IReadOnlyDictionary<Guid, Standing> standings, DateOnly day, DateOnly windowStart, CancellationToken cancellationToken)
    {
        var counting = standings.Keys.ToDictionary(
            id => id, id => snapshot.Persons[id].Where(s => Standing.SourceOf(s, day, windowStart) is not null).OrderByDescending(s => s.Date).ToList());
        var documents = await DocumentsAsync([.. counting.Values.SelectMany(s => s)], [], cancellationToken);
        return await DescribeAsync(standings, id => [.. counting[id].Select(s => documents.Of(s))], cancellationToken);
    }

    /// <summary>The findings with their persons (by name) and documents.</summary>
    public async Task<List<ReconciliationFinding>> FindingsAsync(
        List<FindingDraft> drafts, IReadOnlyDictionary<Guid, Standing> standings, CancellationToken cancellationToken)
    {
        var documents = await DocumentsAsync([.. drafts.SelectMany(d => d.Sightings)], [.. drafts.SelectMany(d => d.Approvals)], cancellationToken);
        var named = drafts.SelectMany(d => d.Persons).Distinct().ToDictionary(id => id, id => standings[id]);
        var persons = await DescribeAsync(named, _ => [], cancellationToken);
        return [.. drafts.Select(d => new ReconciliationFinding(
            d.Code,
            d.Date,
            d.EmployerKey,
            d.EmployerKey is null ? null : snapshot.Employers.GetValueOrDefault(d.EmployerKey, d.EmployerKey),
            d.District?.Name,
            d.Position,
            d.Allowed,
            d.Found,
            [.. d.Persons.Select(id => persons[id]).OrderBy(p => p.Name, StringComparer.Ordinal)],
            [.. d.Approvals.DistinctBy(p => p.DocumentId).Select(p => documents.Of(p)), .. d.Sightings.Select(s => documents.Of(s))]))];
    }

    private async Task<Dictionary<Guid, RegisterPerson>> DescribeAsync(
        IReadOnlyDictionary<Guid, Standing> standings, Func<Guid, IReadOnlyList<EvidenceDocument>> documents, CancellationToken cancellationToken)
    {
        var ids = standings.Keys.ToList();
        var persons = await db.Persons.AsNoTracking()
            .Where(p => EF.Parameter(ids).Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.PassportNumber, p.Nationality })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        return ids.ToDictionary(id => id, id =>
        {
            var standing = standings[id];
            var person = persons[id];
            var employer = standing.Employer;
            return new RegisterPerson(
                id,
                person.Name,
                person.PassportNumber,
                person.Nationality,
                employer?.EmployerKey,
                employer?.EmployerKey is { } key ? snapshot.Employers.GetValueOrDefault(key) ?? employer.Employer : null,
                standing.District?.Name,
                standing.Position,
                standing.PermitEnd,
                standing.LastSeen,
                [.. Enum.GetValues<ReconciliationSource>().Where(s => s != ReconciliationSource.Known && standing.Counts(s))],
                documents(id));
        });
    }

    private async Task<DocumentLookup> DocumentsAsync(List<Sighting> sightings, List<ApprovedPosition> approvals, CancellationToken cancellationToken)
    {
        var ids = sightings.Select(s => s.DocumentId).Concat(approvals.Select(a => a.DocumentId)).Distinct().ToList();
        var keys = sightings.Select(s => s.Index).Distinct().SelectMany(i => NamingFields.Select(f => FieldKeys.Person(i, f))).ToList();
        var names = await db.Documents.AsNoTracking()
            .Where(d => EF.Parameter(ids).Contains(d.Id))
            .Select(d => new { d.Id, d.OriginalName })
            .ToDictionaryAsync(d => d.Id, d => d.OriginalName, cancellationToken);
        var pages = (await db.ExtractedFields.AsNoTracking()
                .Where(f => EF.Parameter(ids).Contains(f.DocumentId) && EF.Parameter(keys).Contains(f.Key))
                .Select(f => new { f.DocumentId, f.Key, f.Page })
                .ToListAsync(cancellationToken))
            .ToDictionary(f => (f.DocumentId, f.Key), f => f.Page);
        return new DocumentLookup(names, pages);
    }

    private sealed class DocumentLookup(Dictionary<Guid, string> names, Dictionary<(Guid, string), int> pages)
    {
        public EvidenceDocument Of(Sighting sighting)
        {
            var page = NamingFields.Select(f => pages.GetValueOrDefault((sighting.DocumentId, FieldKeys.Person(sighting.Index, f)))).FirstOrDefault(p => p > 0);
            return new EvidenceDocument(sighting.DocumentId, names[sighting.DocumentId], sighting.Type, sighting.Date, page > 0 ? page : 1);
        }

        public EvidenceDocument Of(ApprovedPosition position) =>
            new(position.DocumentId, names[position.DocumentId], DocumentTypes.Rptka, position.Date, position.Page);
    }
}
