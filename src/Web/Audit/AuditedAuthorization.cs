using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace DocArchive.Web.Audit;

/// <summary>
/// Answers authorization as the framework does, after recording every request a signed-in user's roles do not allow
/// (a page, answered with the refusal page, or the API, answered 403): repeated refusals are what an investigator looks for.
/// </summary>
public sealed class AuditedAuthorization : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler answer = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            await context.RequestServices.GetRequiredService<AuditLog>().AppendRefusalAsync(context, RefusalReason.Roles);
        }

        await answer.HandleAsync(next, context, policy, authorizeResult);
    }
}
