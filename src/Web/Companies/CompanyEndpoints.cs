using DocArchive.Ingest.Register.Companies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocArchive.Web.Companies;

/// <summary><c>GET /api/companies/{key}</c>: what the company page shows, as JSON.</summary>
public static class CompanyEndpoints
{
    public static IEndpointRouteBuilder MapCompanyEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/companies/{key}", GetAsync).WithTags("Companies");
        return app;
    }

    private static async Task<Results<Ok<CompanyProfile>, ProblemHttpResult>> GetAsync(
        string key, CompanyDirectory directory, CancellationToken cancellationToken) =>
        await directory.FindAsync(key, cancellationToken) is { } profile
            ? TypedResults.Ok(profile)
            : TypedResults.Problem($"No document names the company '{key}'.", statusCode: StatusCodes.Status404NotFound, title: "Company not found");
}
