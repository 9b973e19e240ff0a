using DocArchive.Ingest.Register.Reconciliation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocArchive.Web.Reconciliation;

/// <summary>
/// <c>GET /api/reconciliation?asOf=&amp;district=&amp;employer=&amp;months=&amp;finding=</c>: the register as the page shows it, as
/// JSON, with the <see cref="Listed"/> most urgent findings, or every finding of the code <c>finding</c>;
/// <c>GET /api/reconciliation/persons?source=known|permit|rptka|site|minutes&amp;...</c>: the persons behind a count.
/// </summary>
public static class ReconciliationEndpoints
{
    /// <summary>The findings listed unless those of one code are asked for.</summary>
    public const int Listed = 100;

    public static IEndpointRouteBuilder MapReconciliationEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/reconciliation", GetAsync).WithTags("Reconciliation");
        app.MapGet("/api/reconciliation/persons", PersonsAsync).WithTags("Reconciliation");
        return app;
    }

    private static async Task<Results<Ok<Ingest.Register.Reconciliation.Reconciliation>, ProblemHttpResult>> GetAsync(
        string? asOf, string? district, string? employer, string? months, string? finding, ReconciliationRegister register, CancellationToken cancellationToken)
    {
        if (new ReconciliationRequest(asOf, district, employer, months).ToQuery(out var error) is not { } query)
        {
            return Invalid(error!);
        }

        if (finding is not null && !FindingCodes.IsKnown(finding))
        {
            return TypedResults.Problem(
                $"finding must be one of {string.Join(", ", FindingCodes.ByUrgency)}.", statusCode: StatusCodes.Status400BadRequest, title: "Finding not understood");
        }

        return TypedResults.Ok(await register.ComputeAsync(query with { Finding = finding, Listed = finding is null ? Listed : int.MaxValue }, cancellationToken));
    }

    private static async Task<Results<Ok<IReadOnlyList<RegisterPerson>>, ProblemHttpResult>> PersonsAsync(
        string? asOf, string? district, string? employer, string? months, string? source, ReconciliationRegister register, CancellationToken cancellationToken)
    {
        if (new ReconciliationRequest(asOf, district, employer, months).ToQuery(out var error) is not { } query)
        {
            return Invalid(error!);
        }

        return ReconciliationLists.TryParseSource(source, out var counted)
            ? TypedResults.Ok(await register.ListAsync(query, counted, cancellationToken))
            : TypedResults.Problem("source must be known, permit, rptka, site or minutes.", statusCode: StatusCodes.Status400BadRequest, title: "Source not understood");
    }

    private static ProblemHttpResult Invalid(string error) =>
        TypedResults.Problem(ReconciliationRequest.Problem(error), statusCode: StatusCodes.Status400BadRequest, title: "Register query not understood");
}
