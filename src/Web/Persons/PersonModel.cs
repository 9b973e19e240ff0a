using DocArchive.Ingest.Register.Persons;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocArchive.Web.Persons;

/// <summary>
/// One person: their documents newest first, the spellings of their name and passport numbers read, their employers
/// over time, their permits (expired ones marked) and what inspections found about them.
/// </summary>
public sealed class PersonModel(PersonDirectory directory) : PageModel
{
    public PersonProfile Profile { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await directory.FindAsync(id, cancellationToken) is not { } profile)
        {
            return NotFound();
        }

        Profile = profile;
        return Page();
    }
}
