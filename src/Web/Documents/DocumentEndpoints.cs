using DocArchive.Ingest.Blobs;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Reading;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Documents;

/// <summary>
/// <c>GET /api/documents/{id}</c> (status, pages, failure reason, active content, the extraction record),
/// <c>GET /api/documents/{id}/original</c> (always a download, sandboxed: an original may carry scripts) and
/// <c>GET /api/documents/{id}/searchable</c> (the scan as a searchable PDF, drawn anew from its page images).
/// </summary>
public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var documents = app.MapGroup("/api/documents").WithTags("Documents");
        documents.MapGet("/{id:guid}", GetAsync);
        documents.MapGet("/{id:guid}/original", GetOriginalAsync);
        documents.MapGet("/{id:guid}/searchable", GetSearchableAsync);
        return app;
    }

    private static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> GetAsync(
        Guid id, CatalogDbContext db, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking()
            .Include(d => d.Pages)
            .Include(d => d.Fields)
            .Include(d => d.Conflicts)
            .Include(d => d.Persons)
            .AsSplitQuery()
            .FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return document is null ? NotFound(id) : TypedResults.Ok(DocumentResponse.From(document));
    }

    /// <summary>
    /// The original as uploaded, as an attachment under <c>Content-Security-Policy: sandbox</c>: whatever it carries
    /// (JavaScript, launch actions, embedded files; flagged or read before flags existed) never runs as the archive's page.
    /// </summary>
    private static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> GetOriginalAsync(
        Guid id, CatalogDbContext db, BlobStore blobs, HttpResponse response, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return NotFound(id);
        }

        response.Headers.ContentSecurityPolicy = "sandbox";
        return TypedResults.PhysicalFile(
            blobs.PathOf(document.Sha256),
            document.ContentType,
            document.OriginalName,
            enableRangeProcessing: true);
    }

    /// <summary>The scan as a searchable PDF (made on the first request, then kept); only for documents that were OCRed.</summary>
    private static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> GetSearchableAsync(
        Guid id, CatalogDbContext db, SearchablePdf searchable, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().Include(d => d.Pages).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return NotFound(id);
        }

        if (document.Status != DocumentStatus.Done || !document.Pages.Any(p => p.Source == PageTextSource.Ocr))
        {
            return TypedResults.Problem(
                "A searchable PDF is made for scanned documents once they are read; this one has no OCRed page.",
                statusCode: StatusCodes.Status409Conflict,
                title: "No searchable PDF");
        }

        var path = await searchable.GetAsync(document.Sha256, document.ContentType, document.PageCount, cancellationToken);
        return TypedResults.PhysicalFile(path, "application/pdf", Path.ChangeExtension(document.OriginalName, ".searchable.pdf"));
    }

    private static ProblemHttpResult NotFound(Guid id) => TypedResults.Problem(
        $"There is no document {id}.", statusCode: StatusCodes.Status404NotFound, title: "Document not found");
}
