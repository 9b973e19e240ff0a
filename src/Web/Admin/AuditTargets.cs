using System.Text.RegularExpressions;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Catalog;
using DocArchive.Web.Audit;
using DocArchive.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Admin;

/// <summary>
/// Reads the targets of audit entries as they were written (an id, a key, a query, a user's change) and names them for
/// people: documents by file name and persons by name, each linked, and the fixed words in the reader's language.
/// </summary>
public static partial class AuditTargets
{
    /// <summary>The target of every entry, by entry id.</summary>
    public static async Task<IReadOnlyDictionary<long, AuditTarget>> DescribeAsync(
        CatalogDbContext db, UiText text, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entries);
        var ids = entries.Select(e => LeadingId(e.Target)).Concat(entries.Select(e => SecondId(e.Target))).OfType<Guid>().Distinct().ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.OriginalName, cancellationToken);
        var persons = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return entries.ToDictionary(e => e.Id, e => Describe(text, e, documents, persons));
    }

    public static AuditTarget Describe(
        UiText text, AuditEntry entry, IReadOnlyDictionary<Guid, string> documents, IReadOnlyDictionary<Guid, string?> persons)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(persons);
        var target = entry.Target;
        var id = LeadingId(target);
        switch (entry.Action)
        {
            case AuditAction.DocumentView or AuditAction.OriginalDownload when id is { } document:
                var page = PageSuffix().Match(target);
                return new AuditTarget(
                    documents.GetValueOrDefault(document) ?? document.ToString(),
                    ArchiveLinks.Document(document),
                    page.Success ? text["search.page", page.Groups[1].Value] : null);
            case AuditAction.PersonView when id is { } person:
                return new AuditTarget(persons.GetValueOrDefault(person) ?? text["person.unnamed"], ArchiveLinks.Person(person));
            case AuditAction.PersonsMerged or AuditAction.PersonsMarkedDifferent or AuditAction.PersonMergeUndone
                when id is { } person && SecondId(target) is { } other:
                return new AuditTarget(
                    persons.GetValueOrDefault(person) ?? text["person.unnamed"],
                    ArchiveLinks.Person(person),
                    text["audit.target.otherperson", persons.GetValueOrDefault(other) ?? text["person.unnamed"]]);
            case AuditAction.CompanyView:
                return new AuditTarget(target, ArchiveLinks.Company(target));
            case AuditAction.WatchView:
                var days = WatchDays().Match(target);
                return new AuditTarget(text["watch.daysoption", days.Success ? days.Groups[1].Value : "30"]);
            case AuditAction.FieldCorrection when id is { } corrected && Correction().Match(target) is { Success: true } change:
                return new AuditTarget(
                    documents.GetValueOrDefault(corrected) ?? corrected.ToString(),
                    ArchiveLinks.Document(corrected),
                    $"{text.FieldLabel(change.Groups[1].Value)}: {change.Groups[2].Value} → {change.Groups[3].Value}");
            case AuditAction.SignInFailed:
                return new AuditTarget(target switch
                {
                    "locked out" => text["audit.target.lockedout"],
                    "wrong name or password" => text["audit.target.wrongpassword"],
                    _ => target,
                });
            case AuditAction.UserChanged when UserChange().Match(target) is { Success: true } change:
                return new AuditTarget(change.Groups[1].Value, Detail: UserChangeText(text, change.Groups[2].Value));
            case AuditAction.ReconciliationView or AuditAction.ReconciliationPrint when target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal):
                return new AuditTarget(text[entry.Action == AuditAction.ReconciliationPrint ? "rec.report.title" : "nav.reconciliation"], target);
            case AuditAction.DocumentListView or AuditAction.ReviewView or AuditAction.AuditView or AuditAction.AuditExport:
                return ListTargets.Describe(text, entry.Action, target);
            case AuditAction.AccessDenied when Refusal().Match(target) is { Success: true } refusal:
                return new AuditTarget(refusal.Groups[1].Value, Detail: RefusalText(text, refusal.Groups[2]));
            case AuditAction.Export when ExportTarget().Match(target) is { Success: true } export:
                return new AuditTarget(export.Groups[3].Value, Detail: $"{text[$"export.kind.{export.Groups[1].Value}"]}, {export.Groups[2].Value.ToUpperInvariant()}");
            default:
                return new AuditTarget(target);
        }
    }

    private static string UserChangeText(UiText text, string change) => change switch
    {
        "unlocked" => text["audit.target.unlocked"],
        "new password" => text["audit.target.newpassword"],
        "" => text["audit.target.noroles"],
        _ => string.Join(", ", change.Split(',').Select(role => ArchiveRoles.IsKnown(role) ? text[$"role.{role}"] : role)),
    };

    private static string RefusalText(UiText text, Group origin) => origin switch
    {
        { Success: false } => text["audit.target.roles"],
        { Value: AuditLog.NoOrigin } => text["audit.target.noorigin"],
        _ => text["audit.target.otherorigin", origin.Value],
    };

    private static Guid? LeadingId(string target) =>
        target.Length >= 36 && Guid.TryParseExact(target.AsSpan(0, 36), "D", out var id) ? id : null;

    /// <summary>The second id of a decision on two persons (<c>{survivor} {merged}</c>).</summary>
    private static Guid? SecondId(string target) =>
        target.Length == 73 && target[36] == ' ' && Guid.TryParseExact(target.AsSpan(37), "D", out var id) ? id : null;

    [GeneratedRegex(@" page (\d+)$")]
    private static partial Regex PageSuffix();

    [GeneratedRegex(@"[?&]days=(\d{1,3})(?:&|$)")]
    private static partial Regex WatchDays();

    [GeneratedRegex(@"^\S{36} (\S+): (.*) -> (.*)$", RegexOptions.Singleline)]
    private static partial Regex Correction();

    [GeneratedRegex(@"^(.+): (unlocked|new password|[a-z,]*)$")]
    private static partial Regex UserChange();

    [GeneratedRegex(@"^(\S+ \S+)(?: from (.+))?$", RegexOptions.Singleline)]
    private static partial Regex Refusal();

    [GeneratedRegex(@"^(documents|persons) (csv|xlsx): (.*)$", RegexOptions.Singleline)]
    private static partial Regex ExportTarget();
}
