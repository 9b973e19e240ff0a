using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Documents;

/// <summary>
/// The documents list, newest first, filtered by status and by document type (permit, RPTKA, minutes, field report,
/// passport, other); each row with its type, the persons it names and its employer. Withdrawn documents are marked.
/// </summary>
public sealed class DocumentsModel(CatalogDbContext db, IOptions<WebOptions> options) : PageModel
{
    /// <summary>The document types the list filters by, in the order it offers them.</summary>
    public static IReadOnlyList<string> Types { get; } =
        [DocumentTypes.Permit, DocumentTypes.Rptka, DocumentTypes.Minutes, DocumentTypes.FieldReport, DocumentTypes.Passport, DocumentTypes.Other];

    [BindProperty(SupportsGet = true)]
    public DocumentStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? DocumentType { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<DocumentListRow> Documents { get; private set; } = [];

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

        if (!string.IsNullOrEmpty(DocumentType))
        {
            query = query.Where(d => d.DocumentType == DocumentType);
        }

        Total = await query.CountAsync(cancellationToken);
        var documents = await query
            .OrderByDescending(d => d.UploadedAt)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        var ids = documents.Select(d => d.Id).ToList();
        var persons = (await db.PersonDocuments.AsNoTracking()
            .Where(l => ids.Contains(l.DocumentId))
            .Select(l => new { l.DocumentId, l.Index, Name = l.Name ?? l.Person!.Name })
            .ToListAsync(cancellationToken))
            .OrderBy(l => l.Index)
            .ToLookup(l => l.DocumentId, l => l.Name);
        Documents = [.. documents.Select(d => new DocumentListRow(d, [.. persons[d.Id].OfType<string>()]))];
    }

    public string PageLink(int page) =>
        QueryString.Create(new KeyValuePair<string, string?>[]
        {
            new("status", Status?.ToString()),
            new("type", DocumentType),
            new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        }).Value ?? "";
}
