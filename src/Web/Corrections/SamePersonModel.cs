using DocArchive.Ingest.Corrections;
using DocArchive.Ingest.Register.Persons;
using DocArchive.Web.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocArchive.Web.Corrections;

/// <summary>
/// The target of the forms about persons possibly the same (on a person's page and in the review queue): merge the pair,
/// mark it different, or undo a merge. Each decision is audited; the officer returns to the surviving person's page, or to
/// the review queue where the form was.
/// </summary>
public sealed class SamePersonModel(SamePersonDecisions decisions, AuditLog audit) : PageModel
{
    /// <summary>The value of <c>back</c> that returns to the review queue.</summary>
    public const string BackToReview = "review";

    /// <summary>The review queue's section of pairs.</summary>
    public const string ReviewAnchor = "same-persons";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public IActionResult OnGet() => Redirect(ArchiveLinks.Person(Id));

    public async Task<IActionResult> OnPostMergeAsync(Guid other, string? back, CancellationToken cancellationToken) =>
        await AnswerAsync(await decisions.MergeAsync(Id, other, UserName, cancellationToken), "merged", back, cancellationToken);

    public async Task<IActionResult> OnPostDifferentAsync(Guid other, string? back, CancellationToken cancellationToken) =>
        await AnswerAsync(await decisions.MarkDifferentAsync(Id, other, UserName, cancellationToken), "different", back, cancellationToken);

    public async Task<IActionResult> OnPostUndoAsync(Guid decision, CancellationToken cancellationToken) =>
        await AnswerAsync(await decisions.UndoAsync(decision, UserName, cancellationToken), "undone", null, cancellationToken);

    private string UserName => User.Identity?.Name ?? "anonymous";

    private async Task<IActionResult> AnswerAsync(
        PersonDecisionResult result, string decided, string? back, CancellationToken cancellationToken)
    {
        if (result.Outcome == PersonDecisionOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Decision is { } decision)
        {
            await SamePersonAudit.AppendAsync(audit, HttpContext, decision, decided == "undone", cancellationToken);
        }
        else
        {
            decided = "refused";
        }

        return back == BackToReview
            ? Redirect($"/review?decided={decided}#{ReviewAnchor}")
            : Redirect($"{ArchiveLinks.Person(result.Decision?.PersonId ?? Id)}?decided={decided}");
    }
}
