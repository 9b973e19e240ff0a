using DocArchive.Ingest.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Upload;

/// <summary>The upload page: several files at once, then each file's status until it is done or failed.</summary>
[IgnoreAntiforgeryToken(Order = 1001)]
public sealed class UploadModel(UploadReceiver receiver, IOptions<WebOptions> options) : PageModel
{
    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    public IReadOnlyList<IntakeResult> Documents { get; private set; } = [];

    public UploadRejection? Rejection { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        var receipt = await receiver.ReceiveAsync(Request, checkAntiforgery: true, cancellationToken);
        Documents = receipt.Documents;
        Rejection = receipt.Rejection;
        if (Rejection is not null)
        {
            Response.StatusCode = Rejection.StatusCode;
        }
    }
}
