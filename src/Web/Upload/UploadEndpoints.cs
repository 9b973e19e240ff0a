using Microsoft.AspNetCore.Http.HttpResults;

namespace DocArchive.Web.Upload;

/// <summary><c>POST /api/documents</c>: several files in one multipart request; 202 with each file's document id.</summary>
public static class UploadEndpoints
{
    public static IEndpointRouteBuilder MapUploadEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/api/documents", UploadAsync)
            .DisableAntiforgery()
            .WithTags("Documents");
        return app;
    }

    private static async Task<Results<Accepted<UploadResponse>, ProblemHttpResult>> UploadAsync(
        HttpRequest request, UploadReceiver receiver, CancellationToken cancellationToken)
    {
        var receipt = await receiver.ReceiveAsync(request, cancellationToken);
        if (receipt.Rejection is { } rejection)
        {
            return TypedResults.Problem(rejection.Detail, statusCode: rejection.StatusCode, title: rejection.Title);
        }

        return TypedResults.Accepted((string?)null, new UploadResponse(receipt.Documents));
    }
}
