using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Corrections;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Review;

/// <summary>
/// The review queue for officers: fields read with low confidence, MRZ-against-label conflicts and failing MRZ check
/// digits, newest document first, each linking to the document page at the field.
/// </summary>
public sealed class ReviewModel(ReviewQueue queue, IOptions<WebOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ReviewItem> Items { get; private set; } = [];

    public int Total { get; private set; }

    public double Threshold => options.Value.ReviewConfidence;

    public bool HasNext => PageNumber * options.Value.PageSize < Total;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var page = await queue.ListAsync(Threshold, PageNumber, options.Value.PageSize, cancellationToken);
        Items = page.Items;
        Total = page.Total;
    }

    /// <summary>The field's name (e.g. <c>passportNumber</c>) and 1-based person of a queue item's key.</summary>
    public static (string Field, int? Person) Describe(string key) =>
        FieldKey.TryParse(key, out var parsed) ? (parsed.Field, parsed.Person + 1) : (key, null);
}
