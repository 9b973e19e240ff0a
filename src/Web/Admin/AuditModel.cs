using System.Globalization;
using System.Runtime.CompilerServices;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Catalog;
using DocArchive.Web.Export;
using DocArchive.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Admin;

/// <summary>The audit log for admins: newest first, filtered by user, action and days, exported as CSV.</summary>
public sealed class AuditModel(CatalogDbContext db, UiText text, IOptions<WebOptions> options) : PageModel
{
    public static readonly IReadOnlyList<string> Columns = ["time_utc", "user", "action", "target", "address"];

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public AuditAction? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    /// <summary>What each entry of <see cref="Entries"/> was about, named for people, by entry id.</summary>
    public IReadOnlyDictionary<long, AuditTarget> Targets { get; private set; } = new Dictionary<long, AuditTarget>();

    public int Total { get; private set; }

    public bool HasNext => PageNumber * options.Value.PageSize < Total;

    private AuditFilter Filter => new(UserName, Action, From, To);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var entries = Filter.Apply(db.AuditEntries.AsNoTracking());
        Total = await entries.CountAsync(cancellationToken);
        Entries = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((PageNumber - 1) * options.Value.PageSize)
            .Take(options.Value.PageSize)
            .ToListAsync(cancellationToken);
        Targets = await AuditTargets.DescribeAsync(db, text, Entries, cancellationToken);
    }

    /// <summary>Every entry the filter selects, oldest first, as CSV.</summary>
    public TableDownload OnGetCsv(CancellationToken cancellationToken) =>
        ExportFile.Download("audit", ExportFormat.Csv, Columns, Rows(cancellationToken));

    public string Link(int page, string? handler = null) =>
        QueryString.Create(new KeyValuePair<string, string?>[]
        {
            new("handler", handler),
            new("user", UserName),
            new("action", Action?.ToString()),
            new("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("page", page.ToString(CultureInfo.InvariantCulture)),
        }.Where(p => !string.IsNullOrEmpty(p.Value))).Value ?? "";

    private async IAsyncEnumerable<IReadOnlyList<string?>> Rows([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var entries = Filter.Apply(db.AuditEntries.AsNoTracking()).OrderBy(e => e.At).ThenBy(e => e.Id).AsAsyncEnumerable();
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            yield return [entry.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), entry.UserName, entry.Action.ToString(), entry.Target, entry.Address];
        }
    }
}
