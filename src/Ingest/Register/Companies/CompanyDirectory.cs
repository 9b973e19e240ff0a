using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Register.Persons;
using DocArchive.Text;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Ingest.Register.Companies;

/// <summary>
/// Reads a company from the catalog, for the company page and the API: every document whose employer or one of whose
/// persons' employer has the company's comparison key, the persons those documents name with it, and its RPTKAs.
/// </summary>
public sealed class CompanyDirectory(CatalogDbContext db, TimeProvider clock)
{
    /// <summary>
    /// The company of <paramref name="key"/>, any spelling of its name (<c>sinar batu mining</c> finds
    /// <c>PT. SINAR BATU MINING Tbk</c>), or its search key (<see cref="CompanyNames.Key"/>); null when no document names it.
    /// </summary>
    public async Task<CompanyProfile?> FindAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var keys = await KeysAsync(key, cancellationToken);
        if (keys.Count == 0)
        {
            return null;
        }

        var documents = await db.Documents.AsNoTracking()
            .Where(d => d.WithdrawnAt == null && (keys.Contains(d.EmployerKey) || d.Persons.Any(l => keys.Contains(l.EmployerKey))))
            .Select(d => new { d.Id, d.OriginalName, d.DocumentType, d.DocumentNumber, d.DocumentDate, d.UploadedAt, d.Location, d.Employer, d.EmployerKey })
            .ToListAsync(cancellationToken);
        var links = await db.PersonDocuments.AsNoTracking()
            .Where(l => keys.Contains(l.EmployerKey))
            .Select(l => new { Link = l, l.Document!.DocumentType, l.Document.DocumentDate, l.Document.UploadedAt, l.Person!.Name, l.Person.PassportNumber, l.Person.Nationality })
            .ToListAsync(cancellationToken);
        var today = ArchiveDays.Today(clock);
        var workers = links
            .GroupBy(r => r.Link.PersonId)
            .Select(g =>
            {
                var newest = g.OrderByDescending(r => ArchiveDays.Of(r.DocumentDate, r.Link.IssueDate, r.UploadedAt)).ThenByDescending(r => r.UploadedAt).ToList();
                var permit = g.Where(r => r.Link.ExpiryDate is not null && PermitLinks.Shows(r.Link, r.DocumentType))
                    .OrderByDescending(r => r.Link.ExpiryDate)
                    .ThenBy(r => r.Link.PermitNumber is null ? 1 : 0)
                    .FirstOrDefault();
                return new CompanyWorker(
                    g.Key,
                    g.First().Name ?? newest.Select(r => r.Link.Name).FirstOrDefault(n => n is not null),
                    g.First().PassportNumber,
                    g.First().Nationality,
                    newest.Select(r => r.Link.Position).FirstOrDefault(p => p is not null),
                    permit?.Link.PermitNumber,
                    permit?.Link.ExpiryDate,
                    ArchiveDays.Of(newest[0].DocumentDate, newest[0].Link.IssueDate, newest[0].UploadedAt),
                    g.Select(r => r.Link.DocumentId).Distinct().Count());
            })
            .ToList();
        var current = workers.Where(w => w.ExpiryDate >= today).OrderBy(w => w.Name, StringComparer.Ordinal).ToList();
        var past = workers.Except(current).OrderByDescending(w => w.ExpiryDate ?? DateOnly.MinValue).ThenBy(w => w.Name, StringComparer.Ordinal).ToList();
        var approvals = await ApprovalsAsync(
            [.. documents.Where(d => d.DocumentType == DocumentTypes.Rptka && keys.Contains(d.EmployerKey)).Select(d => (d.Id, d.OriginalName, d.DocumentNumber, d.DocumentDate))],
            cancellationToken);
        var named = documents.Where(d => keys.Contains(d.EmployerKey)).Select(d => (d.Employer, d.EmployerKey)).Concat(links.Select(r => (r.Link.Employer, r.Link.EmployerKey))).ToList();
        var names = Spellings.MostSeen(named.Select(n => n.Employer));
        var employerKey = Spellings.MostSeen(named.Select(n => n.EmployerKey))[0];
        return new CompanyProfile(
            employerKey,
            names.FirstOrDefault() ?? employerKey,
            names,
            today,
            current,
            past,
            approvals,
            Tally(approvals, current, today),
            [.. documents
                .Select(d => new CompanyDocument(d.Id, d.OriginalName, d.DocumentType, d.DocumentNumber, ArchiveDays.Of(d.DocumentDate, null, d.UploadedAt), d.Location))
                .OrderByDescending(d => d.Date)
                .ThenBy(d => d.FileName, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The catalog's keys of the company asked for: the catalog key of <paramref name="key"/> when a document has it, else
    /// every stored key that the search's key folds alike (accents, a legal form only the search drops).
    /// </summary>
    private async Task<List<string?>> KeysAsync(string key, CancellationToken cancellationToken)
    {
        if (PersonLinker.EmployerKey(key) is { } exact
            && await db.Documents.AnyAsync(d => d.WithdrawnAt == null && (d.EmployerKey == exact || d.Persons.Any(l => l.EmployerKey == exact)), cancellationToken))
        {
            return [exact];
        }

        var wanted = CompanyNames.Key(key);
        if (wanted.Length == 0)
        {
            return [];
        }

        var stored = await db.Documents.Where(d => d.EmployerKey != null && d.WithdrawnAt == null).Select(d => d.EmployerKey)
            .Union(db.PersonDocuments.Where(l => l.EmployerKey != null).Select(l => l.EmployerKey))
            .ToListAsync(cancellationToken);
        return [.. stored.Where(k => CompanyNames.Key(k) == wanted)];
    }

    private async Task<List<CompanyApproval>> ApprovalsAsync(
        List<(Guid Id, string FileName, string? Number, DateOnly? Date)> rptkas, CancellationToken cancellationToken)
    {
        var ids = rptkas.Select(r => r.Id).ToList();
        var fields = (await db.ExtractedFields.AsNoTracking()
                .Where(f => ids.Contains(f.DocumentId))
                .Select(f => new { f.DocumentId, f.Key, f.Value })
                .ToListAsync(cancellationToken))
            .ToLookup(f => f.DocumentId);
        return [.. rptkas
            .Select(r => new CompanyApproval(r.Id, r.FileName, r.Number, r.Date, PositionRecord.FromFields(fields[r.Id].Select(f => KeyValuePair.Create(f.Key, f.Value)))))
            .OrderByDescending(a => a.Date ?? DateOnly.MinValue)];
    }

    /// <summary>
    /// Per job title: the workers the approvals' positions in force allow (a row without a count allows one), beside the
    /// current workers in it; titles compare on their key, approved titles first.
    /// </summary>
    private static List<PositionTally> Tally(List<CompanyApproval> approvals, List<CompanyWorker> current, DateOnly today)
    {
        var tallies = new Dictionary<string, (string Title, int Approved, int Found)>(StringComparer.Ordinal);
        foreach (var position in approvals.SelectMany(a => a.Positions).Where(p => p.Title is not null && !(p.Until < today)))
        {
            var key = Spellings.Key(position.Title!);
            var tally = tallies.GetValueOrDefault(key, (Title: position.Title!, Approved: 0, Found: 0));
            tallies[key] = tally with { Approved = tally.Approved + (position.Count ?? 1) };
        }

        var unknown = 0;
        foreach (var worker in current)
        {
            if (worker.Position is null)
            {
                unknown++;
                continue;
            }

            var key = Spellings.Key(worker.Position);
            var tally = tallies.GetValueOrDefault(key, (Title: worker.Position, Approved: 0, Found: 0));
            tallies[key] = tally with { Found = tally.Found + 1 };
        }

        return [.. tallies.Values
            .OrderByDescending(t => t.Approved)
            .ThenBy(t => t.Title, StringComparer.Ordinal)
            .Select(t => new PositionTally(t.Title, t.Approved, t.Found))
            .Concat(unknown > 0 ? [new PositionTally(null, 0, unknown)] : [])];
    }
}
