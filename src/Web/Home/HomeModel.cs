using DocArchive.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocArchive.Web.Home;

/// <summary>The start page sends each user to the first place their roles open: search, upload, or the user list.</summary>
public sealed class HomeModel(IAuthorizationService authorization) : PageModel
{
    private static readonly (string Right, string Path)[] Starts =
    [
        (ArchivePolicies.Read, "/search"),
        (ArchivePolicies.Upload, "/upload"),
        (ArchivePolicies.Admin, "/admin/users"),
    ];

    public async Task<IActionResult> OnGetAsync()
    {
        foreach (var (right, path) in Starts)
        {
            if ((await authorization.AuthorizeAsync(User, right)).Succeeded)
            {
                return LocalRedirect(path);
            }
        }

        return LocalRedirect(AccountsHostExtensions.DeniedPath);
    }
}
