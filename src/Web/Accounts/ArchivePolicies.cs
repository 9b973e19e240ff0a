using DocArchive.Ingest.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace DocArchive.Web.Accounts;

/// <summary>
/// The one place that says who may do what: each right is a policy naming the roles that hold it, each page folder
/// and API group is mapped to a right, and everything else needs at least a signed-in user.
/// </summary>
/// <remarks>
/// Two rules keep an answer from telling more than the right allows. First, the right is checked on the route before
/// anything is looked up, so a refusal (403) is the same whether an id exists or not. Second, where a right covers only
/// the user's own things, anyone else's answer as if they did not exist: a clerk's <c>GET /api/uploads/{id}</c> and
/// <c>/upload</c> list show only what that clerk uploaded (404 for another's id, never 403, so ids are not confirmed),
/// and uploading bytes another user uploaded before says only "already in the archive", under the clerk's own file
/// name, without the other document's id, status or name. Rights that cover the whole archive (<see cref="Read"/>,
/// <see cref="Correct"/>, <see cref="Export"/>, <see cref="Statistics"/>, <see cref="Admin"/>) answer for any id, and
/// every such read is audited.
/// </remarks>
public static class ArchivePolicies
{
    /// <summary>Upload scans and follow their status.</summary>
    public const string Upload = "upload";

    /// <summary>Search; view documents, originals, persons, companies, the expiry watch and the reconciliation register.</summary>
    public const string Read = "read";

    /// <summary>Correct extracted fields and work through the review queue.</summary>
    public const string Correct = "correct";

    /// <summary>Export search results as CSV or XLSX.</summary>
    public const string Export = "export";

    /// <summary>See the statistics page.</summary>
    public const string Statistics = "statistics";

    /// <summary>Manage users, read the audit log, watch the jobs.</summary>
    public const string Admin = "admin";

    /// <summary>Which roles hold each right.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Rights = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Upload] = [ArchiveRoles.Clerk],
        [Read] = [ArchiveRoles.Officer, ArchiveRoles.Analyst],
        [Correct] = [ArchiveRoles.Officer, ArchiveRoles.Analyst],
        [Export] = [ArchiveRoles.Analyst],
        [Statistics] = [ArchiveRoles.Analyst],
        [Admin] = [ArchiveRoles.Admin],
    };

    /// <summary>The right each page folder needs; folders not listed need a signed-in user.</summary>
    public static readonly IReadOnlyDictionary<string, string> PageFolders = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["/Upload"] = Upload,
        ["/Search"] = Read,
        ["/Documents"] = Read,
        ["/Corrections"] = Correct,
        ["/Review"] = Correct,
        ["/Persons"] = Read,
        ["/Companies"] = Read,
        ["/Watch"] = Read,
        ["/Reconciliation"] = Read,
        ["/Export"] = Export,
        ["/Statistics"] = Statistics,
        ["/Admin"] = Admin,
    };

    /// <summary>
    /// The pages anyone may open: signing in, the refusal page, the language switch, the error pages, and the first-run
    /// page (404 once a user exists).
    /// </summary>
    public static readonly IReadOnlyList<string> AnonymousPages =
        ["/Account/SignIn", "/Account/Denied", "/Account/Language", "/Errors/Error", "/Setup/Index"];

    public static AuthorizationBuilder AddArchivePolicies(this AuthorizationBuilder authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        authorization.SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var (right, roles) in Rights)
        {
            authorization.AddPolicy(right, policy => policy.RequireAuthenticatedUser().RequireRole(roles));
        }

        return authorization;
    }

    public static PageConventionCollection AuthorizeArchivePages(this PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        foreach (var (folder, right) in PageFolders)
        {
            conventions.AuthorizeFolder(folder, right);
        }

        foreach (var page in AnonymousPages)
        {
            conventions.AllowAnonymousToPage(page);
        }

        return conventions;
    }

    /// <summary>A route group whose endpoints all need <paramref name="right"/>.</summary>
    public static RouteGroupBuilder RequireRight(this IEndpointRouteBuilder app, string right)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("");
        group.RequireAuthorization(right);
        return group;
    }
}
