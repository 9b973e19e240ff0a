using DocArchive.Ingest.Accounts;
using DocArchive.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocArchive.Web.Account;

/// <summary>Switches the interface language: remembered in a cookie, and on the user's record when signed in.</summary>
public sealed class LanguageModel(UserManager<ArchiveUser> users) : PageModel
{
    [BindProperty]
    public string? Language { get; set; }

    [BindProperty]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        var language = ArchiveLanguages.Normalize(Language);
        LanguageCookie.Write(Response, language);
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user && user.Language != language)
        {
            user.Language = language;
            await users.UpdateAsync(user);
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
