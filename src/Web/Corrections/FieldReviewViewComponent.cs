using DocArchive.Ingest.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Corrections;

/// <summary>
/// The part of the document page where an officer checks and corrects fields: each read page's image with the boxes of
/// its fields drawn over it, and beside it the fields with the machine's reading, the correction and a form to correct.
/// </summary>
public sealed class FieldReviewViewComponent(CatalogDbContext db, IOptions<WebOptions> options) : ViewComponent
{
    public const string ViewPath = "/Corrections/FieldReview.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(Guid documentId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var document = await db.Documents.AsNoTracking()
            .Include(d => d.Pages.Where(p => p.FailureReason == null).OrderBy(p => p.Number))
            .Include(d => d.Fields)
            .Include(d => d.Conflicts)
            .Include(d => d.MrzFailures)
            .Include(d => d.Corrections)
            .Include(d => d.Persons)
            .AsSplitQuery()
            .FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document is not { Status: DocumentStatus.Done, DocumentType: not null })
        {
            return Content(string.Empty);
        }

        var threshold = options.Value.ReviewConfidence;
        var corrections = document.Corrections.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var doubted = document.Conflicts.Select(c => c.Key).Concat(document.MrzFailures.Select(f => f.Key)).ToHashSet(StringComparer.Ordinal);
        var confirmed = (await db.FieldConfirmations.AsNoTracking().Where(c => c.DocumentId == documentId).ToListAsync(cancellationToken))
            .Where(c => document.Fields.Any(f => f.Key == c.Key && f.Value == c.Value))
            .Select(c => c.Key)
            .ToHashSet(StringComparer.Ordinal);
        var rows = document.Fields
            .Select(f => (f.Page, Row: Row(f.Key, f, corrections, (f.Confidence < threshold || doubted.Contains(f.Key)) && !confirmed.Contains(f.Key))))
            .Concat(document.MrzFailures
                .Where(f => document.Fields.All(x => x.Key != f.Key))
                .DistinctBy(f => f.Key)
                .Select(f => (f.Page, Row: Row(f.Key, null, corrections, true))))
            .Where(r => r.Row is not null)
            .ToList();
        var pages = document.Pages
            .Select(p => new PageReview(p.Number, p.Width, p.Height, [.. rows
                .Where(r => r.Page == p.Number)
                .Select(r => r.Row!)
                .OrderBy(r => r.Key.Person ?? int.MaxValue)
                .ThenBy(r => IndexOf(r.Key))
                .ThenBy(r => r.Key.ToString(), StringComparer.Ordinal)]))
            .ToList();
        return View(ViewPath, new FieldReviewView(document.Id, document.Persons.Count, pages));
    }

    private static FieldReviewRow? Row(string key, ExtractedField? field, Dictionary<string, FieldCorrection> corrections, bool doubted)
    {
        if (!FieldKey.TryParse(key, out var parsed))
        {
            return null;
        }

        var correction = corrections.GetValueOrDefault(key);
        return new FieldReviewRow(parsed, field?.Value, field?.Confidence, field?.Source, field?.Box, correction, doubted && correction is null);
    }

    private static int IndexOf(FieldKey key) => key.Person is null
        ? FieldKey.PersonFields.Count + FieldKey.DocumentFields.ToList().IndexOf(key.Field)
        : FieldKey.PersonFields.ToList().IndexOf(key.Field);
}
