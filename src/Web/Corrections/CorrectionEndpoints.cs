using DocArchive.Ingest.Corrections;
using DocArchive.Web.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Corrections;

/// <summary>
/// <c>PUT /api/documents/{id}/fields/{key}</c> (an officer's value for a field; the machine's is kept beside it; 204 when
/// it is the value in force, which confirms a machine reading) and
/// <c>GET /api/review?page=</c> (the fields to check, newest document first).
/// </summary>
public static class CorrectionEndpoints
{
    public static IEndpointRouteBuilder MapCorrectionEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPut("/api/documents/{id:guid}/fields/{key}", CorrectAsync).WithTags("Corrections");
        app.MapGet("/api/review", ListAsync).WithTags("Corrections");
        return app;
    }

    private static async Task<Results<Ok<CorrectionResponse>, NoContent, ProblemHttpResult>> CorrectAsync(
        Guid id, string key, CorrectionRequest body, FieldCorrector corrector, AuditLog audit, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await corrector.CorrectAsync(id, key, body.Value ?? string.Empty, context.User.Identity?.Name ?? "anonymous", cancellationToken);
        if (result.Outcome == CorrectionOutcome.Unchanged)
        {
            return TypedResults.NoContent();
        }

        if (result.Correction is not { } correction)
        {
            var (status, title) = result.Outcome switch
            {
                CorrectionOutcome.NotFound => (StatusCodes.Status404NotFound, "Document not found"),
                CorrectionOutcome.Busy => (StatusCodes.Status409Conflict, "Document not ready"),
                _ => (StatusCodes.Status400BadRequest, "Correction refused"),
            };
            return TypedResults.Problem(result.Reason, statusCode: status, title: title);
        }

        await CorrectionAudit.AppendAsync(audit, context, correction, cancellationToken);
        return TypedResults.Ok(CorrectionResponse.From(correction));
    }

    private static async Task<Ok<ReviewPage>> ListAsync(
        ReviewQueue queue, IOptions<WebOptions> options, CancellationToken cancellationToken, int page = 1) =>
        TypedResults.Ok(await queue.ListAsync(options.Value.ReviewConfidence, Math.Max(1, page), options.Value.PageSize, cancellationToken));
}
