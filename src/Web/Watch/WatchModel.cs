using DocArchive.Ingest.Persons;
using DocArchive.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocArchive.Web.Watch;

/// <summary>The expiry watch: permits expired and ending within the window, by employer and by place, each row linking to the person.</summary>
public sealed class WatchModel(ExpiryWatch watch, UiText text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "days")]
    public string? Days { get; set; }

    public WatchList? List { get; private set; }

    /// <summary>Why the window was not understood, in the interface's language.</summary>
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (WatchWindow.TryParse(Days, out var window))
        {
            List = await watch.ListAsync(window, cancellationToken);
        }
        else
        {
            Error = text["watch.invalid", ExpiryWatch.MaxDays, Days];
        }
    }
}
