using DocArchive.Ingest.Blobs;
using DocArchive.Ingest.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Documents;

/// <summary><c>GET /api/documents/{id}</c> (status, pages, failure reason) and <c>GET /api/documents/{id}/original</c>.</summary>
public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var documents = app.MapGroup("/api/documents").WithTags("Documents");
        documents.MapGet("/{id:guid}", GetAsync);
        documents.MapGet("/{id:guid}/original", GetOriginalAsync);
        return app;
    }

    private static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> GetAsync(
        Guid id, CatalogDbContext db, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking()
            .Include(d => d.Pages)
            .FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return document is null ? NotFound(id) : TypedResults.Ok(DocumentResponse.From(document));
    }

    private static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> GetOriginalAsync(
        Guid id, CatalogDbContext db, BlobStore blobs, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return NotFound(id);
        }

        return TypedResults.PhysicalFile(
            blobs.PathOf(document.Sha256),
            document.ContentType,
            document.OriginalName,
            enableRangeProcessing: true);
    }

    private static ProblemHttpResult NotFound(Guid id) => TypedResults.Problem(
        $"There is no document {id}.", statusCode: StatusCodes.Status404NotFound, title: "Document not found");
}
