using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Catalog;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Admin;

/// <summary>
/// Which audit entries to show, and to export: by user, action, target and time (from <paramref name="Since"/>, before
/// <paramref name="Until"/>), none newer than the entry <paramref name="UpTo"/>. The target matches, regardless of case, words anywhere in what was recorded (a search, a
/// path, a user's change, an address asked for) or in the file name of the document or the name of the person an entry
/// was about, as the page shows them.
/// </summary>
public sealed record AuditFilter(
    string? UserName, AuditAction? Action, string? Target, DateTimeOffset? Since, DateTimeOffset? Until, long? UpTo)
{
    private const string Escape = "\\";

    public async Task<IQueryable<AuditEntry>> ApplyAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(UserName))
        {
            entries = entries.Where(e => e.UserName == UserName.Trim());
        }

        if (Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(Target))
        {
            var pattern = $"%{Target.Trim().ToLowerInvariant().Replace(Escape, Escape + Escape, StringComparison.Ordinal)
                .Replace("%", Escape + "%", StringComparison.Ordinal).Replace("_", Escape + "_", StringComparison.Ordinal)}%";
            var documents = await db.Documents.AsNoTracking()
                .Where(d => EF.Functions.Like(d.OriginalName.ToLower(), pattern, Escape))
                .Select(d => d.Id).ToListAsync(cancellationToken);
            var persons = await db.Persons.AsNoTracking()
                .Where(p => p.Name != null && EF.Functions.Like(p.Name.ToLower(), pattern, Escape))
                .Select(p => p.Id).ToListAsync(cancellationToken);
            var named = documents.Concat(persons).Select(id => id.ToString()).ToList();
            entries = entries.Where(e => EF.Functions.Like(e.Target.ToLower(), pattern, Escape) || named.Contains(e.Target.ToLower().Substring(0, 36)));
        }

        if (Since is { } since)
        {
            entries = entries.Where(e => e.At >= since);
        }

        if (Until is { } until)
        {
            entries = entries.Where(e => e.At < until);
        }

        if (UpTo is { } upTo)
        {
            entries = entries.Where(e => e.Id <= upTo);
        }

        return entries;
    }
}
