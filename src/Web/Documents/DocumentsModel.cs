using DocArchive.Ingest.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Documents;

/// <summary>The documents list, newest first, filtered by status and kind.</summary>
public sealed class DocumentsModel(CatalogDbContext db, IOptions<WebOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DocumentStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? ContentType { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Document> Documents { get; private set; } = [];

    public IReadOnlyList<string> ContentTypes { get; private set; } = [];

    public int Total { get; private set; }

    public int PageSize => options.Value.PageSize;

    public bool HasNext => PageNumber * PageSize < Total;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var query = db.Documents.AsNoTracking();
        if (Status is { } status)
        {
            query = query.Where(d => d.Status == status);
        }

        if (!string.IsNullOrEmpty(ContentType))
        {
            query = query.Where(d => d.ContentType == ContentType);
        }

        Total = await query.CountAsync(cancellationToken);
        Documents = await query
            .OrderByDescending(d => d.UploadedAt)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        ContentTypes = await db.Documents.Select(d => d.ContentType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }

    public string PageLink(int page) =>
        QueryString.Create(new KeyValuePair<string, string?>[]
        {
            new("status", Status?.ToString()),
            new("type", ContentType),
            new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        }).Value ?? "";
}
