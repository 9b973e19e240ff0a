using DocArchive.Ingest.Register.Persons;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocArchive.Web.Persons;

/// <summary>
/// <c>GET /api/persons/{id}</c>: what the person page shows, as JSON; <c>GET /api/persons/{id}/same</c>: the persons
/// possibly the same, to merge or mark different.
/// </summary>
public static class PersonEndpoints
{
    public static IEndpointRouteBuilder MapPersonEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/persons/{id:guid}", GetAsync).WithTags("Persons");
        app.MapGet("/api/persons/{id:guid}/same", SameAsync).WithTags("Persons");
        return app;
    }

    private static async Task<Results<Ok<PersonProfile>, ProblemHttpResult>> GetAsync(
        Guid id, PersonDirectory directory, CancellationToken cancellationToken) =>
        await directory.FindAsync(id, cancellationToken) is { } profile
            ? TypedResults.Ok(profile)
            : TypedResults.Problem($"There is no person {id}.", statusCode: StatusCodes.Status404NotFound, title: "Person not found");

    private static async Task<Ok<IReadOnlyList<SamePersonCandidate>>> SameAsync(Guid id, PersonMerger merger, CancellationToken cancellationToken) =>
        TypedResults.Ok(await merger.CandidatesForAsync(id, cancellationToken));
}
