using DocArchive.Ingest.Corrections;
using DocArchive.Ingest.Register.Persons;
using DocArchive.Web.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocArchive.Web.Corrections;

/// <summary>
/// <c>POST /api/persons/{id}/same/{other}/merge</c> and <c>.../different</c> (a decision on two persons possibly the same)
/// and <c>POST /api/persons/merges/{decision}/undo</c>; each audited. 404 for an unknown person or decision, 409 when there
/// is nothing to do (a person already merged into another, a merge already undone).
/// </summary>
public static class SamePersonEndpoints
{
    public static IEndpointRouteBuilder MapSamePersonEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/api/persons/{id:guid}/same/{other:guid}/merge", MergeAsync).WithTags("Persons");
        app.MapPost("/api/persons/{id:guid}/same/{other:guid}/different", MarkDifferentAsync).WithTags("Persons");
        app.MapPost("/api/persons/merges/{decision:guid}/undo", UndoAsync).WithTags("Persons");
        return app;
    }

    private static async Task<Results<Ok<PersonDecisionResponse>, ProblemHttpResult>> MergeAsync(
        Guid id, Guid other, SamePersonDecisions decisions, AuditLog audit, HttpContext context, CancellationToken cancellationToken) =>
        await AnswerAsync(await decisions.MergeAsync(id, other, UserName(context), cancellationToken), false, audit, context, cancellationToken);

    private static async Task<Results<Ok<PersonDecisionResponse>, ProblemHttpResult>> MarkDifferentAsync(
        Guid id, Guid other, SamePersonDecisions decisions, AuditLog audit, HttpContext context, CancellationToken cancellationToken) =>
        await AnswerAsync(await decisions.MarkDifferentAsync(id, other, UserName(context), cancellationToken), false, audit, context, cancellationToken);

    private static async Task<Results<Ok<PersonDecisionResponse>, ProblemHttpResult>> UndoAsync(
        Guid decision, SamePersonDecisions decisions, AuditLog audit, HttpContext context, CancellationToken cancellationToken) =>
        await AnswerAsync(await decisions.UndoAsync(decision, UserName(context), cancellationToken), true, audit, context, cancellationToken);

    private static string UserName(HttpContext context) => context.User.Identity?.Name ?? "anonymous";

    private static async Task<Results<Ok<PersonDecisionResponse>, ProblemHttpResult>> AnswerAsync(
        PersonDecisionResult result, bool undone, AuditLog audit, HttpContext context, CancellationToken cancellationToken)
    {
        if (result.Decision is not { } decision)
        {
            return result.Outcome == PersonDecisionOutcome.NotFound
                ? TypedResults.Problem("There is no such person or merge.", statusCode: StatusCodes.Status404NotFound, title: "Not found")
                : TypedResults.Problem(
                    "Nothing to do: a person is already merged into another, or the merge was already undone.",
                    statusCode: StatusCodes.Status409Conflict,
                    title: "Decision refused");
        }

        await SamePersonAudit.AppendAsync(audit, context, decision, undone, cancellationToken);
        return TypedResults.Ok(PersonDecisionResponse.From(result));
    }
}
