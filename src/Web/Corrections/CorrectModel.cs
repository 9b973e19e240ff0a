using DocArchive.Ingest.Corrections;
using DocArchive.Web.Audit;
using DocArchive.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocArchive.Web.Corrections;

/// <summary>
/// The correction form's target: stores the officer's value, audits it and returns to the document page at the field (the
/// value in force is no correction: a machine reading is confirmed, nothing is audited); a value the field cannot take is
/// shown again with the reason.
/// </summary>
public sealed class CorrectModel(FieldCorrector corrector, AuditLog audit, UiText text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string Key { get; set; } = "";

    [BindProperty]
    public string Value { get; set; } = "";

    public string? Error { get; private set; }

    public IActionResult OnGet() => Redirect($"/documents/{Id}");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await corrector.CorrectAsync(Id, Key, Value, User.Identity?.Name ?? "anonymous", cancellationToken);
        if (result.Correction is { } correction)
        {
            await CorrectionAudit.AppendAsync(audit, HttpContext, correction, cancellationToken);
            return Redirect(FieldAnchor.Link(Id, correction.Key));
        }

        switch (result.Outcome)
        {
            case CorrectionOutcome.Unchanged:
                return Redirect(FieldAnchor.Link(Id, Key));
            case CorrectionOutcome.NotFound:
                return NotFound();
        }

        Error = CorrectionRefusal.Message(text, result.Outcome, Key, Value);
        Response.StatusCode = CorrectionRefusal.StatusCode(result.Outcome);
        return Page();
    }
}
