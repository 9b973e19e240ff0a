using DocArchive.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Upload;

/// <summary>
/// <c>POST /api/documents</c>: several files in one multipart request; 202 with each file's document id and the files
/// refused. <c>GET /api/uploads?page=</c>: the user's own uploads, newest first. <c>GET /api/uploads/{id}</c>: how far one
/// of them has come, without its contents; 404 for anyone else's.
/// </summary>
public static class UploadEndpoints
{
    public static IEndpointRouteBuilder MapUploadEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/api/documents", UploadAsync)
            .DisableAntiforgery()
            .WithTags("Documents");
        app.MapGet("/api/uploads", ListAsync).WithTags("Documents");
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

        return TypedResults.Accepted((string?)null, new UploadResponse(receipt.Documents, receipt.Refused));
    }

    private static async Task<Ok<UploadPage>> ListAsync(
        HttpContext context, MyUploads uploads, IOptions<WebOptions> options, CancellationToken cancellationToken, int page = 1) =>
        TypedResults.Ok(await uploads.ListAsync(context.User.Identity?.Name ?? "", Math.Max(1, page), options.Value.PageSize, cancellationToken));

    private static async Task<Results<Ok<UploadStatus>, ProblemHttpResult>> GetStatusAsync(
        Guid id, HttpContext context, MyUploads uploads, UiText text, CancellationToken cancellationToken)
    {
        var status = await uploads.FindAsync(context.User.Identity?.Name ?? "", id, cancellationToken);
        return status is null
            ? TypedResults.Problem(text["upload.notfound.detail", id], statusCode: StatusCodes.Status404NotFound, title: text["upload.notfound.title"])
            : TypedResults.Ok(status);
    }
}
