using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Model;
using DocArchive.Web.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Admin;

/// <summary>
/// An admin withdraws a junk document with a reason: it stays in the catalog, marked with who, when and why, and leaves
/// the search, the persons, companies, watch, statistics and exports (<see cref="DocumentWithdrawal"/>). Audited.
/// </summary>
public sealed class WithdrawModel(CatalogDbContext db, DocumentWithdrawal withdrawal, AuditLog audit) : PageModel
{
    public Document Document { get; private set; } = null!;

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The strings-table key of what is wrong with the request.</summary>
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Reason))
        {
            Error = "withdraw.error.reason";
        }
        else
        {
            var outcome = await withdrawal.WithdrawAsync(id, User.Identity?.Name ?? "", Reason, cancellationToken);
            if (outcome == WithdrawalOutcome.NotFound)
            {
                return NotFound();
            }

            if (outcome == WithdrawalOutcome.Withdrawn)
            {
                await audit.AppendAsync(HttpContext, AuditAction.DocumentWithdrawn, $"{id}: {Reason.Trim()}", cancellationToken);
            }

            Error = outcome == WithdrawalOutcome.Busy ? "withdraw.error.busy" : null;
        }

        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken) is not { } document)
        {
            return false;
        }

        Document = document;
        return true;
    }
}
