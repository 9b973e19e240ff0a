using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocArchive.Web.Errors;

/// <summary>
/// The page a person sees for an error answer (not found, refused, an expired form, a fault): in their language, with
/// a way back. The status code of the original answer is kept; the API answers ProblemDetails instead.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    private static readonly int[] Explained = [400, 403, 404, 405, 413, 500];

    /// <summary>The status code shown: the original answer's, or the one in the address.</summary>
    public int Status { get; private set; }

    /// <summary>The strings-table key stem of the title and text: <c>error.404</c>, <c>error.form</c>, ...</summary>
    public string Key { get; private set; } = "error.500";

    public void OnGet(int code) => Show(code);

    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null ||
                         HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        Status = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        if (!reExecuted)
        {
            Response.StatusCode = Status;
        }

        Key = FormExpiredFilter.Expired(HttpContext) ? "error.form"
            : Explained.Contains(Status) ? $"error.{Status}"
            : Status >= 500 ? "error.500" : "error.400";
    }
}
