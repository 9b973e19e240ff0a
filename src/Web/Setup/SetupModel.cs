using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Web.Audit;
using DocArchive.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocArchive.Web.Setup;

/// <summary>
/// The one-time page that creates the first administrator: open while no user exists, protected by the setup code the
/// server printed at start-up, audited, and answered 404 for good once a user exists.
/// </summary>
public sealed class SetupModel(FirstRun firstRun, SignInManager<ArchiveUser> signIn, AuditLog audit) : PageModel
{
    [BindProperty]
    public string Code { get; set; } = "";

    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty]
    public string Confirm { get; set; } = "";

    /// <summary>What went wrong, in the user's language.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await firstRun.IsOpenAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync([FromServices] UiText text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Password != Confirm)
        {
            return Refuse(text["setup.mismatch"]);
        }

        var outcome = await firstRun.CreateAdministratorAsync(Code, UserName.Trim(), Password, cancellationToken);
        switch (outcome.Result)
        {
            case FirstRunResult.AlreadyDone:
                return NotFound();
            case FirstRunResult.WrongCode:
                await audit.AppendAsync(HttpContext, UserName, AuditAction.SetupFailed, "wrong setup code", cancellationToken);
                return Refuse(text["setup.wrongcode"]);
            case FirstRunResult.Refused:
                return Refuse([.. text.AccountErrors(outcome.Errors, UserName)]);
        }

        await audit.AppendAsync(HttpContext, UserName.Trim(), AuditAction.SetupCompleted, $"{UserName.Trim()}: admin", cancellationToken);
        var user = await signIn.UserManager.FindByNameAsync(UserName.Trim());
        await signIn.SignInAsync(user!, isPersistent: false);
        return LocalRedirect("/admin/users");
    }

    private PageResult Refuse(params string[] errors)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
