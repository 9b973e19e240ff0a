using DocArchive.Ingest.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Upload;

/// <summary>
/// <c>POST /api/documents</c>: several files in one multipart request; 202 with each file's document id.
/// <c>GET /api/uploads/{id}</c>: how far a document has come, without its contents, for the clerk who uploaded it.
/// </summary>
public static class UploadEndpoints
{
    public static IEndpointRouteBuilder MapUploadEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/api/documents", UploadAsync)
            .DisableAntiforgery()
            .WithTags("Documents");
        app.MapGet("/api/uploads/{id:guid}", GetStatusAsync).WithTags("Documents");
        return app;
    }

    private static async Task<Results<Accepted<UploadResponse>, ProblemHttpResult>> UploadAsync(
        HttpRequest request, UploadReceiver receiver, CancellationToken cancellationToken)
    {
        var receipt = await receiver.ReceiveAsync(request, checkAntiforgery: false, cancellationToken);
        if (receipt.Rejection is { } rejection)
        {
            return TypedResults.Problem(rejection.Detail, statusCode: rejection.StatusCode, title: rejection.Title);
        }

        return TypedResults.Accepted((string?)null, new UploadResponse(receipt.Documents));
    }

    private static async Task<Results<Ok<UploadStatus>, ProblemHttpResult>> GetStatusAsync(
        Guid id, CatalogDbContext db, CancellationToken cancellationToken)
    {
        var status = await db.Documents.AsNoTracking()
            .Where(d => d.Id == id)
            .Select(d => new UploadStatus(d.Id, d.OriginalName, d.Status, d.FailureCode, d.FailureReason, d.PageCount, d.IndexedAt != null))
            .FirstOrDefaultAsync(cancellationToken);
        return status is null
            ? TypedResults.Problem($"There is no document {id}.", statusCode: StatusCodes.Status404NotFound, title: "Document not found")
            : TypedResults.Ok(status);
    }
}
