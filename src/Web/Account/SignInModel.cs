using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Web.Audit;
using DocArchive.Web.Localization;
using DocArchive.Web.Setup;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocArchive.Web.Account;

/// <summary>Signs a user in with name and password; every attempt, good or bad, goes to the audit log.</summary>
public sealed class SignInModel(SignInManager<ArchiveUser> signIn, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    /// <summary>The strings-table key of what went wrong.</summary>
    public string? Error { get; private set; }

    /// <summary>While the archive has no user, there is nobody to sign in as: the first-run page comes first.</summary>
    public async Task<IActionResult> OnGetAsync([FromServices] FirstRun firstRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(firstRun);
        return await firstRun.IsOpenAsync(cancellationToken) ? LocalRedirect("/setup") : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await signIn.PasswordSignInAsync(UserName, Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            // A disabled account is named as such only to whoever gives its password (ArchiveSignInManager); a locked
            // account and an unknown name hear what a wrong password hears, so no answer tells which names exist.
            var reason = result.IsNotAllowed ? "disabled" : result.IsLockedOut ? "locked out" : "wrong name or password";
            await audit.AppendAsync(HttpContext, UserName, AuditAction.SignInFailed, reason, cancellationToken);
            Error = result.IsNotAllowed ? "signin.disabled" : "signin.failed";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await audit.AppendAsync(HttpContext, UserName, AuditAction.SignIn, UserName, cancellationToken);
        if (await signIn.UserManager.FindByNameAsync(UserName) is { } user)
        {
            LanguageCookie.Write(Response, user.Language);
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
