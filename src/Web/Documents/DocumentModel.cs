using DocArchive.Ingest.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Documents;

/// <summary>One document: its record, each page's text, source and confidence, and its original.</summary>
public sealed class DocumentModel(CatalogDbContext db) : PageModel
{
    public Document Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking()
            .Include(d => d.Pages.OrderBy(p => p.Number))
            .FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        Document = document;
        return Page();
    }
}
