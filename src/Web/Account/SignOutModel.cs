using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Web.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocArchive.Web.Account;

/// <summary>
/// Signs the user out (a POST with its antiforgery token, never a link a page could make the browser follow). The user's
/// security stamp changes, so a copy of the cookie saved before is refused afterwards, in this and every other browser.
/// </summary>
public sealed class SignOutModel(SignInManager<ArchiveUser> signIn, AuditLog audit) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await audit.AppendAsync(HttpContext, AuditAction.SignOut, User.Identity?.Name ?? "", cancellationToken);
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return LocalRedirect(Accounts.AccountsHostExtensions.SignInPath);
    }
}
