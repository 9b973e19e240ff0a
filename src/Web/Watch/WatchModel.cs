using DocArchive.Ingest.Register.Watch;
using DocArchive.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocArchive.Web.Watch;

/// <summary>
/// The expiry watch: permits ending within the window and those ended in the last 90 days (older ones counted, listed on
/// asking), by employer and by place, each row linking to the person.
/// </summary>
public sealed class WatchModel(ExpiryWatch watch, UiText text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "days")]
    public string? Days { get; set; }

    [BindProperty(SupportsGet = true, Name = "older")]
    public string? Older { get; set; }

    public WatchList? List { get; private set; }

    /// <summary>Why the window was not understood, in the interface's language.</summary>
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (WatchWindow.TryParse(Days, out var window))
        {
            List = await watch.ListAsync(window, WatchWindow.Older(Older), cancellationToken);
        }
        else
        {
            Error = text["watch.invalid", ExpiryWatch.MaxDays, Days];
        }
    }
}
