using Microsoft.AspNetCore.Mvc.Filters;

namespace DocArchive.Web.Audit;

/// <summary>
/// Notes which handler of a page ran (<c>Csv</c> of the audit log, <c>File</c> of the export; none for the page itself),
/// so the audit records what was done rather than what the address asked for: Razor Pages answers an unknown
/// <c>?handler=</c> with the page itself.
/// </summary>
public sealed class AuditedPageHandler : IPageFilter
{
    private const string Key = "docarchive.page-handler";

    /// <summary>The name of the page handler that ran for the request, or null.</summary>
    public static string? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(Key, out var name) ? name as string : null;
    }

    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HttpContext.Items[Key] = context.HandlerMethod?.Name;
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
