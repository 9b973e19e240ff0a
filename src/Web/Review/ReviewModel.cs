using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Corrections;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Register.Persons;
using DocArchive.Web.Audit;
using DocArchive.Web.Corrections;
using DocArchive.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Review;

/// <summary>
/// The review queue as officers work through it: the fields to check grouped by document, newest first, each with the
/// crop of the page it was read on and a form holding the machine's reading. Saving corrects the field, or, with the
/// reading unchanged, confirms it; either takes it off the queue, and the page returns at the next item. Above them, the
/// pairs of persons possibly the same, to merge or mark different.
/// </summary>
public sealed class ReviewModel(
    ReviewQueue queue, PersonMerger merger, CatalogDbContext db, FieldCorrector corrector, AuditLog audit, UiText text, IOptions<WebOptions> options)
    : PageModel
{
    /// <summary>How many pairs of persons possibly the same the page shows at most.</summary>
    public const int SamePersonsShown = 10;

    public const string Confirm = "confirm";

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>What the last save did: <c>corrected</c> or <c>confirmed</c>; null when nothing was saved.</summary>
    [BindProperty(SupportsGet = true, Name = "saved")]
    public string? Saved { get; set; }

    /// <summary>The anchor of the item to continue at.</summary>
    [BindProperty(SupportsGet = true, Name = "at")]
    public string? At { get; set; }

    /// <summary>What the last decision on a pair of persons did (<c>merged</c>, <c>different</c>, <c>refused</c>); null when none was made.</summary>
    [BindProperty(SupportsGet = true, Name = "decided")]
    public string? Decided { get; set; }

    public IReadOnlyList<ReviewGroup> Groups { get; private set; } = [];

    public IReadOnlyList<SamePersonCandidate> SamePersons { get; private set; } = [];

    public int SamePersonsTotal { get; private set; }

    public int Total { get; private set; }

    public double Threshold => options.Value.ReviewConfidence;

    public bool HasNext => PageNumber * options.Value.PageSize < Total;

    /// <summary>The anchor of the item whose value field takes the focus: the refused one, the one to continue at, else the first.</summary>
    public string? Focus { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(
        Guid documentId, string key, string? value, string? action, string? next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var typed = value ?? string.Empty;
        if (action == Confirm)
        {
            typed = await db.ExtractedFields.AsNoTracking()
                .Where(f => f.DocumentId == documentId && f.Key == key)
                .Select(f => f.Value)
                .FirstOrDefaultAsync(cancellationToken) ?? typed;
        }

        var result = await corrector.CorrectAsync(documentId, key, typed, User.Identity?.Name ?? "anonymous", cancellationToken);
        if (result.Correction is { } correction)
        {
            await CorrectionAudit.AppendAsync(audit, HttpContext, correction, cancellationToken);
        }

        if (result.Outcome is CorrectionOutcome.Corrected or CorrectionOutcome.Unchanged)
        {
            var saved = result.Outcome == CorrectionOutcome.Corrected ? "corrected" : "confirmed";
            var query = QueryString.Create("page", Math.Max(1, PageNumber).ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Add("saved", saved);
            return Redirect(string.IsNullOrEmpty(next) ? $"/review{query}" : $"/review{query.Add("at", next)}#{next}");
        }

        if (result.Outcome == CorrectionOutcome.NotFound)
        {
            return NotFound();
        }

        Response.StatusCode = CorrectionRefusal.StatusCode(result.Outcome);
        await LoadAsync((documentId, key, typed, CorrectionRefusal.Message(text, result.Outcome, key, typed)), cancellationToken);
        return Page();
    }

    /// <summary>The anchor of a queue item: <c>review-{document}-{field}-{reason}</c>.</summary>
    public static string AnchorOf(ReviewItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return $"review-{item.DocumentId:N}-{FieldAnchor.Of(item.Key)}-{item.Reason.ToString().ToLowerInvariant()}";
    }

    private async Task LoadAsync((Guid DocumentId, string Key, string Typed, string Error)? refused, CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var size = options.Value.PageSize;
        var page = await queue.ListAsync(Threshold, PageNumber, size, cancellationToken);
        if (page.Items.Count == 0 && PageNumber > 1 && page.Total > 0)
        {
            // The last items of the last page were saved: the page before it is now the last.
            PageNumber = (page.Total + size - 1) / size;
            page = await queue.ListAsync(Threshold, PageNumber, size, cancellationToken);
        }

        Total = page.Total;
        (SamePersons, SamePersonsTotal) = await merger.OpenCandidatesAsync(SamePersonsShown, cancellationToken);
        var ids = page.Items.Select(i => i.DocumentId).Distinct().ToList();
        var keys = page.Items.Select(i => i.Key).Distinct().ToList();
        var types = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.DocumentType, Persons = d.Persons.Count })
            .ToDictionaryAsync(d => d.Id, cancellationToken);
        var persons = await db.PersonDocuments.AsNoTracking().Where(p => ids.Contains(p.DocumentId))
            .Select(p => new { p.DocumentId, p.Index, p.Name })
            .ToDictionaryAsync(p => (p.DocumentId, p.Index), p => p.Name, cancellationToken);
        var fields = await db.ExtractedFields.AsNoTracking().Where(f => ids.Contains(f.DocumentId) && keys.Contains(f.Key))
            .ToDictionaryAsync(f => (f.DocumentId, f.Key), cancellationToken);
        var sheets = await db.Pages.AsNoTracking().Where(p => ids.Contains(p.DocumentId))
            .Select(p => new { p.DocumentId, p.Number, p.Width, p.Height })
            .ToDictionaryAsync(p => (p.DocumentId, p.Number), cancellationToken);
        var counts = await queue.CountByDocumentAsync(Threshold, ids, cancellationToken);

        ReviewCard Card(ReviewItem item)
        {
            var field = fields.GetValueOrDefault((item.DocumentId, item.Key));
            var crop = field?.Box is { } box && sheets.TryGetValue((item.DocumentId, field.Page), out var sheet) && sheet.Width > 0 && sheet.Height > 0
                ? new FieldCrop(item.DocumentId, field.Page, sheet.Width, sheet.Height, box)
                : null;
            var card = new ReviewCard(item, AnchorOf(item), FieldLabel(item.Key), PersonLabel(item, types[item.DocumentId].Persons), field?.Value, crop);
            return refused is { } r && r.DocumentId == item.DocumentId && r.Key == item.Key ? card with { Typed = r.Typed, Error = r.Error } : card;
        }

        string? PersonLabel(ReviewItem item, int count)
        {
            if (count < 2 || !FieldKey.TryParse(item.Key, out var key) || key.Person is not { } index)
            {
                return null;
            }

            return persons.GetValueOrDefault((item.DocumentId, index)) is { Length: > 0 } name
                ? text["review.person.named", index + 1, name]
                : text["review.person", index + 1];
        }

        Groups = [.. page.Items
            .GroupBy(i => i.DocumentId)
            .Select(g => new ReviewGroup(
                g.Key, g.First().FileName, text.DocumentType(types[g.Key].DocumentType), g.First().UploadedAt,
                counts.GetValueOrDefault(g.Key, g.Count()), [.. g.OrderBy(i => Order(i.Key)).Select(Card)]))];
        var anchors = Groups.SelectMany(g => g.Cards).Select(c => c.Anchor).ToList();
        Focus = refused is not null
            ? Groups.SelectMany(g => g.Cards).FirstOrDefault(c => c.Error is not null)?.Anchor
            : anchors.Contains(At ?? "") ? At : anchors.FirstOrDefault();
    }

    /// <summary>Where an item stands in its document: person by person in the order the document page lists the fields, then the document's own.</summary>
    private static (int Person, int Field) Order(string key) => FieldKey.TryParse(key, out var parsed)
        ? parsed.Person is { } person
            ? (person, FieldKey.PersonFields.ToList().IndexOf(parsed.Field))
            : (int.MaxValue, FieldKey.DocumentFields.ToList().IndexOf(parsed.Field))
        : (int.MaxValue, int.MaxValue);

    private string FieldLabel(string key) =>
        FieldKey.TryParse(key, out var parsed) ? text.FieldName(parsed.Field) : text.FieldName(key);
}
