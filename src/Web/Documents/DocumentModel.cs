using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Reading;
using DocArchive.Web.Accounts;
using DocArchive.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocArchive.Web.Documents;

/// <summary>
/// One document: its record, the persons it names, its original and searchable PDF, each read page's image with the
/// boxes of its fields, text, source and confidence, and beside them every field once, with its reading, confidence,
/// source, page, conflicts, correction and the form to correct it.
/// </summary>
public sealed class DocumentModel(CatalogDbContext db, UiText text, IOptions<WebOptions> options, IAuthorizationService authorization)
    : PageModel
{
    /// <summary>The order fields are listed in, for each person and then for the document.</summary>
    private static readonly string[] FieldOrder =
    [
        "name", "passportNumber", "nationality", "dateOfBirth", "position", "employer", "permitNumber", "issueDate", "expiryDate",
        "passportExpiry", "documentNumber", "documentDate", "location",
    ];

    private static readonly string[] DocumentFields = ["documentNumber", "documentDate", "location"];

    public Document Document { get; private set; } = null!;

    public IReadOnlyList<FieldRow> Fields { get; private set; } = [];

    /// <summary>The pages read of a done document, drawn as images with their fields' boxes.</summary>
    public IReadOnlyList<PageView> Images { get; private set; } = [];

    /// <summary>Each run of blank pages, shown as one: the number of its first page to the number of its last.</summary>
    public IReadOnlyDictionary<int, int> BlankRuns { get; private set; } = new Dictionary<int, int>();

    /// <summary>Whether the document has a searchable PDF to offer: it is done and a page of it was OCRed.</summary>
    public bool Searchable => Document.Status == DocumentStatus.Done && Document.Pages.Any(p => p.Source == PageTextSource.Ocr);

    /// <summary>Whether the user may withdraw the document (admins).</summary>
    public bool MayWithdraw { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking()
            .Include(d => d.Pages.OrderBy(p => p.Number))
            .Include(d => d.Fields)
            .Include(d => d.Conflicts)
            .Include(d => d.Corrections)
            .Include(d => d.MrzFailures)
            .Include(d => d.Persons.OrderBy(p => p.Index))
            .AsSplitQuery()
            .FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        Document = document;
        MayWithdraw = (await authorization.AuthorizeAsync(User, ArchivePolicies.Admin)).Succeeded;
        var confirmed = await db.FieldConfirmations.AsNoTracking().Where(c => c.DocumentId == id).ToListAsync(cancellationToken);
        Fields = Rows(document, [.. confirmed.Where(c => document.Fields.Any(f => f.Key == c.Key && f.Value == c.Value)).Select(c => c.Key)]);
        Images = document.Status != DocumentStatus.Done ? [] : [.. document.Pages
            .Where(p => p.FailureReason is null && p.Source != PageTextSource.Blank)
            .Select(p => new PageView(p.Number, p.Width, p.Height, [.. Fields.Where(f => f.Page == p.Number && f.Machine?.Box is not null)]))];
        BlankRuns = Runs(document.Pages);
        return Page();
    }

    private static Dictionary<int, int> Runs(IEnumerable<DocumentPage> pages)
    {
        var runs = new Dictionary<int, int>();
        var first = 0;
        foreach (var page in pages.Where(p => p.Source == PageTextSource.Blank))
        {
            if (first > 0 && runs[first] == page.Number - 1)
            {
                runs[first] = page.Number;
            }
            else
            {
                first = page.Number;
                runs[first] = first;
            }
        }

        return runs;
    }

    /// <summary>
    /// Every field read, every field an MRZ check failed for and every field corrected, once each: for each person, then
    /// for the document, in the order people read a permit. A reading an officer confirmed as it stands (<paramref name="confirmed"/>)
    /// is not flagged for review.
    /// </summary>
    private List<FieldRow> Rows(Document document, HashSet<string> confirmed)
    {
        var threshold = options.Value.ReviewConfidence;
        var machine = document.Fields.ToDictionary(f => f.Key, StringComparer.Ordinal);
        var corrections = document.Corrections.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var failures = document.MrzFailures.ToLookup(f => f.Key, StringComparer.Ordinal);
        var doubted = document.Conflicts.Select(c => c.Key).Concat(failures.Select(f => f.Key)).ToHashSet(StringComparer.Ordinal);
        return [.. machine.Keys
            .Concat(failures.Select(f => f.Key).Concat(corrections.Keys).Where(k => FieldKey.TryParse(k, out _)))
            .Distinct(StringComparer.Ordinal)
            .Select(key => (Key: key, Parsed: Parse(key, document.Persons.Count)))
            .OrderBy(f => f.Parsed.Person ?? int.MaxValue)
            .ThenBy(f => Array.IndexOf(FieldOrder, f.Parsed.Name) is var i and >= 0 ? i : FieldOrder.Length)
            .ThenBy(f => f.Key, StringComparer.Ordinal)
            .Select(f =>
            {
                var read = machine.GetValueOrDefault(f.Key);
                var correction = corrections.GetValueOrDefault(f.Key);
                var toReview = correction is null && !confirmed.Contains(f.Key) && (read is null || read.Confidence < threshold || doubted.Contains(f.Key));
                return new FieldRow(
                    f.Key, text.FieldName(f.Parsed.Name), f.Parsed.Person, read?.Page ?? failures[f.Key].Select(x => (int?)x.Page).Min(),
                    read, [.. document.Conflicts.Where(c => c.Key == f.Key).DistinctBy(c => (c.Other, c.OtherSource))], correction, toReview);
            })];
    }

    public string SourceLabel(string source) => source switch
    {
        FieldSources.Label => text["source.label"],
        FieldSources.Table => text["source.table"],
        FieldSources.Mrz => text["source.mrz"],
        FieldSources.Pattern => text["source.pattern"],
        _ => source,
    };

    /// <summary>A day as people write it (<see cref="UiText.Date(DateOnly)"/>); empty when unknown.</summary>
    public static string Day(DateOnly? date) => date is { } day ? UiText.Date(day) : "";

    /// <summary>
    /// The person (1-based) and field of a record key: <c>persons[2].name</c> is the third person's name, a bare key the
    /// first person's, except the document's own values (<c>documentNumber</c>, <c>documentDate</c>, <c>location</c>,
    /// an RPTKA's <c>positions[0].title</c>, and a bare key of a document that names nobody, like an RPTKA's employer).
    /// </summary>
    private static (int? Person, string Name) Parse(string key, int persons) =>
        FieldKey.TryParse(key, out var parsed) && parsed.Person is { } index and > 0
            ? (index + 1, parsed.Field)
            : (persons == 0 || DocumentFields.Contains(key) || FieldKeys.TryParsePosition(key, out _, out _) ? null : 1, key);
}
