using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Register.Reconciliation;

/// <summary>
/// What the register reckons from, read in a few queries of the columns it needs: every person named in a permit, RPTKA,
/// field report or minutes (of the district's or employer's persons, looked up first, when one is asked for), oldest
/// document first; and the rows of every RPTKA approval. Places are folded to districts once per distinct spelling; document types are the
/// <see cref="DocumentTypes"/> constants themselves, so that comparing them is comparing references.
/// </summary>
internal sealed class RegisterSnapshot
{
    private static readonly string[] Sources = [DocumentTypes.Permit, DocumentTypes.Rptka, DocumentTypes.FieldReport, DocumentTypes.Minutes];

    private RegisterSnapshot(Dictionary<Guid, List<Sighting>> persons, List<ApprovedPosition> positions, Dictionary<string, string> employers)
    {
        Persons = persons;
        Positions = positions;
        Employers = employers;
    }

    /// <summary>Each person's sightings, oldest first.</summary>
    public IReadOnlyDictionary<Guid, List<Sighting>> Persons { get; }

    public IReadOnlyList<ApprovedPosition> Positions { get; }

    /// <summary>Each employer key's most printed name.</summary>
    public IReadOnlyDictionary<string, string> Employers { get; }

    public static async Task<RegisterSnapshot> LoadAsync(CatalogDbContext db, RegisterScope scope, CancellationToken cancellationToken)
    {
        var districts = new Dictionary<string, District?>(StringComparer.Ordinal);
        District? Fold(string? place) =>
            place is null ? null : districts.TryGetValue(place, out var known) ? known : districts[place] = Districts.Of(place);

        var links = db.PersonDocuments.AsNoTracking().Where(l => l.Document!.WithdrawnAt == null && Sources.Contains(l.Document.DocumentType));
        if (scope.District is { } district)
        {
            var places = (await db.Documents.Where(d => d.Location != null).Select(d => d.Location!).Distinct().ToListAsync(cancellationToken))
                .Where(p => Fold(p) == district)
                .ToList();
            var placed = await db.PersonDocuments.Where(o => EF.Parameter(places).Contains(o.Document!.Location!)).Select(o => o.PersonId).Distinct().ToListAsync(cancellationToken);
            links = links.Where(l => EF.Parameter(placed).Contains(l.PersonId));
        }

        if (scope.EmployerKey is { } employer)
        {
            var employed = await db.PersonDocuments.Where(o => o.EmployerKey == employer).Select(o => o.PersonId).Distinct().ToListAsync(cancellationToken);
            links = links.Where(l => EF.Parameter(employed).Contains(l.PersonId));
        }

        var rows = await links
            .Select(l => new
            {
                l.PersonId,
                l.DocumentId,
                l.Index,
                Type = l.Document!.DocumentType!,
                Date = l.Document.DocumentDate ?? l.IssueDate,
                UploadedAt = l.Document.DocumentDate == null && l.IssueDate == null ? l.Document.UploadedAt : (DateTimeOffset?)null,
                l.Document.Location,
                l.EmployerKey,
                l.Employer,
                l.Position,
                l.IssueDate,
                l.ExpiryDate,
            })
            .ToListAsync(cancellationToken);
        var persons = new Dictionary<Guid, List<Sighting>>();
        var printed = new Dictionary<(string Key, string Name), int>();
        foreach (var r in rows)
        {
            if (!persons.TryGetValue(r.PersonId, out var seen))
            {
                persons[r.PersonId] = seen = [];
            }

            seen.Add(new Sighting(
                r.PersonId, r.DocumentId, r.Index, Sources.First(t => t == r.Type), r.Date ?? ArchiveDays.Of(null, null, r.UploadedAt!.Value), Fold(r.Location),
                r.EmployerKey, r.Employer, r.Position, r.IssueDate, r.ExpiryDate));
            if (r.EmployerKey is not null && r.Employer is not null)
            {
                printed[(r.EmployerKey, r.Employer)] = printed.GetValueOrDefault((r.EmployerKey, r.Employer)) + 1;
            }
        }

        foreach (var seen in persons.Values)
        {
            seen.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.DocumentId.CompareTo(b.DocumentId));
        }

        var positions = await PositionsAsync(db, scope, Fold, cancellationToken);
        return new RegisterSnapshot(
            persons,
            positions,
            printed.GroupBy(p => p.Key.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Name, StringComparer.Ordinal).First().Key.Name, StringComparer.Ordinal));
    }

    /// <summary>The rows of the RPTKA approvals (of the employer asked for), with their district.</summary>
    private static async Task<List<ApprovedPosition>> PositionsAsync(
        CatalogDbContext db, RegisterScope scope, Func<string?, District?> fold, CancellationToken cancellationToken)
    {
        var approvals = db.Documents.AsNoTracking().Where(d => d.WithdrawnAt == null && d.DocumentType == DocumentTypes.Rptka);
        if (scope.EmployerKey is { } employer)
        {
            approvals = approvals.Where(d => d.EmployerKey == employer);
        }

        var documents = await approvals
            .Select(d => new { d.Id, d.EmployerKey, d.DocumentDate, d.UploadedAt, d.Location })
            .ToDictionaryAsync(d => d.Id, cancellationToken);
        var ids = documents.Keys.ToList();
        var fields = await db.ExtractedFields.AsNoTracking()
            .Where(f => EF.Parameter(ids).Contains(f.DocumentId) && EF.Functions.Like(f.Key, "positions[%"))
            .Select(f => new { f.DocumentId, f.Key, f.Value, f.Page })
            .ToListAsync(cancellationToken);
        var positions = new List<ApprovedPosition>();
        foreach (var approval in fields.GroupBy(f => f.DocumentId))
        {
            var document = documents[approval.Key];
            var pages = approval.Where(f => f.Key.EndsWith("." + PositionRecord.TitleField, StringComparison.Ordinal))
                .GroupBy(f => f.Value, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Min(f => f.Page), StringComparer.Ordinal);
            var date = ArchiveDays.Of(document.DocumentDate, null, document.UploadedAt);
            positions.AddRange(PositionRecord.FromFields(approval.Select(f => KeyValuePair.Create(f.Key, f.Value)))
                .Select(p => new ApprovedPosition(
                    approval.Key,
                    document.EmployerKey,
                    date,
                    p.Title!,
                    Spellings.Key(p.Title!),
                    p.Count ?? 1,
                    p.Until,
                    fold(p.Location) ?? fold(document.Location),
                    pages.GetValueOrDefault(p.Title!, 1))));
        }

        return positions;
    }
}
