using DocArchive.Ingest.Register.Persons;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocArchive.Web.Persons;

/// <summary><c>GET /api/persons/{id}</c>: what the person page shows, as JSON.</summary>
public static class PersonEndpoints
{
    public static IEndpointRouteBuilder MapPersonEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/persons/{id:guid}", GetAsync).WithTags("Persons");
        return app;
    }

    private static async Task<Results<Ok<PersonProfile>, ProblemHttpResult>> GetAsync(
        Guid id, PersonDirectory directory, CancellationToken cancellationToken) =>
        await directory.FindAsync(id, cancellationToken) is { } profile
            ? TypedResults.Ok(profile)
            : TypedResults.Problem($"There is no person {id}.", statusCode: StatusCodes.Status404NotFound, title: "Person not found");
}
