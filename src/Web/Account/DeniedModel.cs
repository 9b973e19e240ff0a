using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocArchive.Web.Account;

/// <summary>The page a signed-in user sees when their roles do not allow what they asked for; answered 403.</summary>
public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
