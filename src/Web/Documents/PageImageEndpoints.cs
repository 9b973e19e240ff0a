using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Reading;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Documents;

/// <summary>
/// <c>GET /api/documents/{id}/pages/{number}/image</c>: a read page as a screen-sized JPEG, in the shape of the page its
/// words' boxes are measured on, made through the OCR workers on the first request and kept.
/// </summary>
public static class PageImageEndpoints
{
    public static IEndpointRouteBuilder MapPageImageEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/documents/{id:guid}/pages/{number:int}/image", GetAsync).WithTags("Documents");
        return app;
    }

    private static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> GetAsync(
        Guid id, int number, CatalogDbContext db, PageImages images, CancellationToken cancellationToken)
    {
        var page = await db.Pages.AsNoTracking()
            .Where(p => p.DocumentId == id && p.Number == number && p.FailureReason == null)
            .Join(db.Documents, p => p.DocumentId, d => d.Id, (p, d) => new { p.Width, p.Height, d.Sha256, d.ContentType })
            .FirstOrDefaultAsync(cancellationToken);
        if (page is null)
        {
            return TypedResults.Problem(
                $"Document {id} has no page {number} that was read.", statusCode: StatusCodes.Status404NotFound, title: "Page not found");
        }

        try
        {
            var path = await images.GetAsync(page.Sha256, page.ContentType, number, page.Width, page.Height, cancellationToken);
            return TypedResults.PhysicalFile(path, PageImages.ContentType);
        }
        catch (Exception e) when (e is PageReadException or UnsupportedDocumentException)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "No page image");
        }
    }
}
