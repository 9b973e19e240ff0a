using DocArchive.Ingest.Register.Persons;
using DocArchive.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocArchive.Web.Persons;

/// <summary>
/// One person: their documents newest first, the spellings of their name and passport numbers read, their employers
/// over time, their permits (expired ones marked) and what inspections found about them; the persons possibly the same
/// (to merge, or mark different) and those merged into this one (to undo). A person merged into another opens as that one.
/// </summary>
public sealed class PersonModel(PersonDirectory directory, PersonMerger merger, IAuthorizationService authorization) : PageModel
{
    public PersonProfile Profile { get; private set; } = null!;

    public IReadOnlyList<SamePersonCandidate> Candidates { get; private set; } = [];

    public IReadOnlyList<PersonMerge> Merges { get; private set; } = [];

    /// <summary>Whether the user may merge persons, mark them different and undo merges.</summary>
    public bool MayDecide { get; private set; }

    /// <summary>What the last decision did (<c>merged</c>, <c>different</c>, <c>undone</c>, <c>refused</c>); null when none was made.</summary>
    [BindProperty(SupportsGet = true, Name = "decided")]
    public string? Decided { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await directory.FindAsync(id, cancellationToken) is not { } profile)
        {
            return NotFound();
        }

        if (profile.Id != id)
        {
            return Redirect(ArchiveLinks.Person(profile.Id));
        }

        Profile = profile;
        Candidates = await merger.CandidatesForAsync(id, cancellationToken);
        Merges = await merger.MergesIntoAsync(id, cancellationToken);
        MayDecide = (await authorization.AuthorizeAsync(User, ArchivePolicies.Correct)).Succeeded;
        return Page();
    }
}
