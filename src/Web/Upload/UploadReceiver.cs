using System.Globalization;
using DocArchive.Ingest.Jobs;
using DocArchive.Web.Localization;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Upload;

/// <summary>Reads a multipart upload within the size limit and takes in each file; shared by the page and the API.</summary>
public sealed class UploadReceiver(DocumentIntake intake, UiText text, IOptions<WebOptions> options, ILogger<UploadReceiver> logger)
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
                StatusCodes.Status415UnsupportedMediaType, text["upload.notform.title"], text["upload.notform.detail"]));
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
                StatusCodes.Status400BadRequest, text["upload.nofiles.title"], text["upload.nofiles.detail"]));
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

    private UploadRejection TooLarge(long limit) => new(
        StatusCodes.Status413PayloadTooLarge,
        text["upload.toolarge.title"],
        text["upload.toolarge.detail", Megabytes(limit)]);

    /// <summary>A size in megabytes with at most one decimal, as the current language writes it.</summary>
    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.CurrentCulture);

    private UploadReceipt Refuse(UploadRejection rejection)
    {
        Log.UploadRefused(logger, rejection.Detail);
        return new UploadReceipt([], rejection);
    }
}
