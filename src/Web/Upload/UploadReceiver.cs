using DocArchive.Ingest.Jobs;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Upload;

/// <summary>Reads a multipart upload within the size limit and takes in each file; shared by the page and the API.</summary>
public sealed class UploadReceiver(DocumentIntake intake, IOptions<WebOptions> options, ILogger<UploadReceiver> logger)
{
    public async Task<UploadReceipt> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = options.Value.MaxUploadBytes;
        if (request.ContentLength > limit)
        {
            return Refuse(TooLarge(limit));
        }

        if (!request.HasFormContentType)
        {
            return Refuse(new UploadRejection(
                StatusCodes.Status415UnsupportedMediaType, "Not a file upload", "Send the files as multipart/form-data."));
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            return Refuse(TooLarge(limit));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refuse(TooLarge(limit));
        }

        if (form.Files.Count == 0)
        {
            return Refuse(new UploadRejection(
                StatusCodes.Status400BadRequest, "No files", "Choose at least one file to upload."));
        }

        var uploadedBy = request.HttpContext.User.Identity?.Name ?? "anonymous";
        var documents = new List<IntakeResult>(form.Files.Count);
        foreach (var file in form.Files)
        {
            await using var content = file.OpenReadStream();
            documents.Add(await intake.AddAsync(content, file.FileName, uploadedBy, cancellationToken));
        }

        return new UploadReceipt(documents, null);
    }

    private static UploadRejection TooLarge(long limit) => new(
        StatusCodes.Status413PayloadTooLarge,
        "Upload too large",
        $"An upload may hold at most {limit / (1024.0 * 1024.0):0.#} MB in all; send fewer or smaller files at a time.");

    private UploadReceipt Refuse(UploadRejection rejection)
    {
        Log.UploadRefused(logger, rejection.Detail);
        return new UploadReceipt([], rejection);
    }
}
