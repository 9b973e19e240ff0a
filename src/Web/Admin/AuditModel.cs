using System.Globalization;
using System.Runtime.CompilerServices;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Catalog;
using DocArchive.Web.Export;
using DocArchive.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Admin;

/// <summary>
/// The audit log for admins: newest first, filtered by user, action, target and time, and exported as CSV exactly as
/// filtered. Days and times are the server's, as the page shows the entries' times; a day without a time is the whole
/// day, a time without a day is today's.
/// </summary>
public sealed class AuditModel(CatalogDbContext db, UiText text, IOptions<WebOptions> options, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<string> Columns = ["time_utc", "user", "action", "target", "address"];

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public AuditAction? Action { get; set; }

    /// <summary>Words of the target, or of the name of the document or person it was about.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Target { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public TimeOnly? FromTime { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>The last minute shown, included.</summary>
    [BindProperty(SupportsGet = true)]
    public TimeOnly? ToTime { get; set; }

    /// <summary>The newest entry shown: the CSV of a page holds the entries it showed, not those written since (its own reading among them).</summary>
    [BindProperty(SupportsGet = true)]
    public long? UpTo { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The id of the newest entry of the log as the page was read.</summary>
    public long? Newest { get; private set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    /// <summary>What each entry of <see cref="Entries"/> was about, named for people, by entry id.</summary>
    public IReadOnlyDictionary<long, AuditTarget> Targets { get; private set; } = new Dictionary<long, AuditTarget>();

    public int Total { get; private set; }

    public bool HasNext => PageNumber * options.Value.PageSize < Total;

    private AuditFilter Filter => new(UserName, Action, Target, Since, Until, UpTo);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private DateTimeOffset? Since => From is null && FromTime is null ? null : Local((From ?? Today).ToDateTime(FromTime ?? TimeOnly.MinValue));

    private DateTimeOffset? Until => (To, ToTime) switch
    {
        (null, null) => null,
        (var day, { } time) => Local((day ?? Today).ToDateTime(new TimeOnly(time.Hour, time.Minute))).AddMinutes(1),
        ({ } day, null) => Local(day.AddDays(1).ToDateTime(TimeOnly.MinValue)),
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var entries = await Filter.ApplyAsync(db, cancellationToken);
        Total = await entries.CountAsync(cancellationToken);
        Entries = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((PageNumber - 1) * options.Value.PageSize)
            .Take(options.Value.PageSize)
            .ToListAsync(cancellationToken);
        Targets = await AuditTargets.DescribeAsync(db, text, Entries, cancellationToken);
        Newest = UpTo ?? await db.AuditEntries.MaxAsync(e => (long?)e.Id, cancellationToken);
    }

    /// <summary>Every entry the filter selects, oldest first, as CSV.</summary>
    public TableDownload OnGetCsv(CancellationToken cancellationToken) =>
        ExportFile.Download("audit", ExportFormat.Csv, Columns, Rows(cancellationToken));

    public string Link(int page, string? handler = null, long? upTo = null) =>
        QueryString.Create(new KeyValuePair<string, string?>[]
        {
            new("handler", handler),
            new("user", UserName),
            new("action", Action?.ToString()),
            new("target", Target),
            new("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("fromtime", FromTime?.ToString("HH:mm", CultureInfo.InvariantCulture)),
            new("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("totime", ToTime?.ToString("HH:mm", CultureInfo.InvariantCulture)),
            new("upto", (upTo ?? UpTo)?.ToString(CultureInfo.InvariantCulture)),
            new("page", page.ToString(CultureInfo.InvariantCulture)),
        }.Where(p => !string.IsNullOrEmpty(p.Value))).Value ?? "";

    private DateTimeOffset Local(DateTime time) => new(time, clock.LocalTimeZone.GetUtcOffset(time));

    private async IAsyncEnumerable<IReadOnlyList<string?>> Rows([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var entries = (await Filter.ApplyAsync(db, cancellationToken)).OrderBy(e => e.At).ThenBy(e => e.Id).AsAsyncEnumerable();
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            yield return [entry.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), entry.UserName, entry.Action.ToString(), entry.Target, entry.Address];
        }
    }
}
