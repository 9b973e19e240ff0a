using System.Globalization;
using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Model;
using DocArchive.Web.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Upload;

/// <summary>Reads a multipart upload within the size limit and takes in each file; shared by the page and the API.</summary>
public sealed class UploadReceiver(
    DocumentIntake intake, IAntiforgery antiforgery, UiText text, IOptions<WebOptions> options, ILogger<UploadReceiver> logger)
{
    /// <summary>
    /// Takes in the files of <paramref name="request"/>; a file larger than the limit is refused by name and the others are
    /// taken in. A page's form is checked for its antiforgery token only after the form is read.
    /// </summary>
    public async Task<UploadReceipt> ReceiveAsync(HttpRequest request, bool checkAntiforgery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = options.Value.MaxUploadBytes;
        if (!request.HasFormContentType)
        {
            return Refuse(new UploadRejection(
                StatusCodes.Status415UnsupportedMediaType, text["upload.notform.title"], text["upload.notform.detail"]));
        }

        // The limit holds per file: the request may carry several files up to it, and a larger one is read and set aside.
        // (A page's form is read before its handler, within the limits its model declares.)
        if (request.HttpContext.Features.Get<IFormFeature>()?.Form is null)
        {
            if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
            {
                body.MaxRequestBodySize = null;
            }

            request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = long.MaxValue }));
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

        if (checkAntiforgery && !await antiforgery.IsRequestValidAsync(request.HttpContext))
        {
            return Refuse(new UploadRejection(
                StatusCodes.Status400BadRequest, text["upload.antiforgery.title"], text["upload.antiforgery.detail"]));
        }

        if (form.Files.Count == 0)
        {
            return Refuse(new UploadRejection(
                StatusCodes.Status400BadRequest, text["upload.nofiles.title"], text["upload.nofiles.detail"]));
        }

        var uploadedBy = request.HttpContext.User.Identity?.Name ?? "anonymous";
        var documents = new List<UploadedFile>(form.Files.Count);
        var refused = new List<UploadRefusal>();
        foreach (var file in form.Files)
        {
            if (file.Length > limit)
            {
                var name = OriginalFileName.Clean(file.FileName);
                refused.Add(new UploadRefusal(name, text["upload.toolarge.file", name, Megabytes(limit)]));
                continue;
            }

            await using var content = file.OpenReadStream();
            var result = await intake.AddAsync(content, file.FileName, uploadedBy, cancellationToken);
            documents.Add(UploadedFile.Of(result, OriginalFileName.Clean(file.FileName), uploadedBy));
        }

        foreach (var refusal in refused)
        {
            Log.UploadRefused(logger, refusal.Reason);
        }

        return documents.Count == 0
            ? new UploadReceipt([], refused, new UploadRejection(
                StatusCodes.Status413PayloadTooLarge, text["upload.toolarge.title"], string.Join(" ", refused.Select(r => r.Reason))))
            : new UploadReceipt(documents, refused, null);
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
        return new UploadReceipt([], [], rejection);
    }
}
