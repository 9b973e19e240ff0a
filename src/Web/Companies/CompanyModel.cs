using DocArchive.Ingest.Register.Companies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocArchive.Web.Companies;

/// <summary>
/// One company, by its comparison key: its foreign workers (current and past), its RPTKA approvals, the workers approved
/// beside those found per position, and its documents.
/// </summary>
public sealed class CompanyModel(CompanyDirectory directory) : PageModel
{
    public CompanyProfile Profile { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (await directory.FindAsync(key, cancellationToken) is not { } profile)
        {
            return NotFound();
        }

        Profile = profile;
        return Page();
    }
}
