using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Upload;

/// <summary>
/// The upload page: several files at once, each file's status until it is done or failed, and the clerk's own uploads,
/// newest first, a page at a time.
/// </summary>
[IgnoreAntiforgeryToken(Order = 1001)]
[DisableRequestSizeLimit]
[RequestFormLimits(MultipartBodyLengthLimit = long.MaxValue)]
public sealed class UploadModel(UploadReceiver receiver, MyUploads uploads, IOptions<WebOptions> options) : PageModel
{
    /// <summary>The page of the clerk's uploads, from the query: the upload form is read by the receiver alone, not by binding.</summary>
    public int PageNumber { get; private set; } = 1;

    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    public IReadOnlyList<UploadedFile> Documents { get; private set; } = [];

    public IReadOnlyList<UploadRefusal> Refused { get; private set; } = [];

    public UploadRejection? Rejection { get; private set; }

    public UploadPage Mine { get; private set; } = new([], 0);

    public bool HasNext => PageNumber * options.Value.PageSize < Mine.Total;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : 1;
        await ListMineAsync(cancellationToken);
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        var receipt = await receiver.ReceiveAsync(Request, checkAntiforgery: true, cancellationToken);
        Documents = receipt.Documents;
        Refused = receipt.Refused;
        Rejection = receipt.Rejection;
        if (Rejection is not null)
        {
            Response.StatusCode = Rejection.StatusCode;
        }

        PageNumber = 1;
        await ListMineAsync(cancellationToken);
    }

    private async Task ListMineAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Mine = await uploads.ListAsync(User.Identity?.Name ?? "", PageNumber, options.Value.PageSize, cancellationToken);
    }
}
