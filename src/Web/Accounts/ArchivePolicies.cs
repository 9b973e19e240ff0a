using DocArchive.Ingest.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace DocArchive.Web.Accounts;

/// <summary>
/// The one place that says who may do what: each right is a policy naming the roles that hold it, each page folder
/// and API group is mapped to a right, and everything else needs at least a signed-in user.
/// </summary>
public static class ArchivePolicies
{
    /// <summary>Upload scans and follow their status.</summary>
    public const string Upload = "upload";

    /// <summary>Search; view documents, originals, persons, companies and the expiry watch.</summary>
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
        ["/Export"] = Export,
        ["/Statistics"] = Statistics,
        ["/Admin"] = Admin,
    };

    /// <summary>The pages anyone may open: signing in, the refusal page, the language switch.</summary>
    public static readonly IReadOnlyList<string> AnonymousPages = ["/Account/SignIn", "/Account/Denied", "/Account/Language", "/Account/Status"];

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
