using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace DocArchive.Web.Errors;

/// <summary>
/// Marks a form refused for its expired or missing token (a page left open overnight, a form sent after signing in
/// again), so that the error page says "reload the form" instead of a bare 400.
/// </summary>
public sealed class FormExpiredFilter : IAlwaysRunResultFilter
{
    private const string Key = "docarchive.form-expired";

    public static bool Expired(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.ContainsKey(Key);
    }

    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            context.HttpContext.Items[Key] = true;
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
