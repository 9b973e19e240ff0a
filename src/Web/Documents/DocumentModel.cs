using System.Globalization;
using System.Text.RegularExpressions;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Extraction;
using DocArchive.Web.Accounts;
using DocArchive.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Documents;

/// <summary>
/// One document: its record, each page's text, source and confidence, the extracted fields with where they were read
/// beside the text, the persons it names, and its original.
/// </summary>
public sealed partial class DocumentModel(CatalogDbContext db, UiText text, IAuthorizationService authorization) : PageModel
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

    /// <summary>Whether the user may withdraw the document (admins).</summary>
    public bool MayWithdraw { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking()
            .Include(d => d.Pages.OrderBy(p => p.Number))
            .Include(d => d.Fields)
            .Include(d => d.Conflicts)
            .Include(d => d.Corrections)
            .Include(d => d.Persons.OrderBy(p => p.Index))
            .AsSplitQuery()
            .FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        Document = document;
        MayWithdraw = (await authorization.AuthorizeAsync(User, ArchivePolicies.Admin)).Succeeded;
        Fields = [.. document.Fields
            .Select(f => (Field: f, Key: Parse(f.Key)))
            .OrderBy(f => f.Key.Person ?? int.MaxValue)
            .ThenBy(f => Array.IndexOf(FieldOrder, f.Key.Name) is var i and >= 0 ? i : FieldOrder.Length)
            .ThenBy(f => f.Field.Key, StringComparer.Ordinal)
            .Select(f => new FieldRow(FieldLabel(f.Key.Name), f.Key.Person, f.Field, [.. document.Conflicts.Where(c => c.Key == f.Field.Key)]))];
        return Page();
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

    private string FieldLabel(string field) => field switch
    {
        "name" => text["field.name"],
        "passportNumber" => text["field.passportNumber"],
        "nationality" => text["field.nationality"],
        "dateOfBirth" => text["field.dateOfBirth"],
        "position" => text["field.position"],
        "employer" => text["field.employer"],
        "permitNumber" => text["field.permitNumber"],
        "issueDate" => text["field.issueDate"],
        "expiryDate" => text["field.expiryDate"],
        "passportExpiry" => text["field.passportExpiry"],
        "documentNumber" => text["field.documentNumber"],
        "documentDate" => text["field.documentDate"],
        "location" => text["field.location"],
        FieldKeys.Finding => text["field.finding"],
        _ when FieldKeys.TryParsePosition(field, out var index, out var name) => text["field.approved", index + 1, PositionLabel(name)],
        _ => field,
    };

    /// <summary>The label of a field of an RPTKA's approved position.</summary>
    private string PositionLabel(string field) => field switch
    {
        PositionRecord.TitleField => text["field.position"],
        PositionRecord.CountField => text["company.count"],
        PositionRecord.NationalityField => text["field.nationality"],
        PositionRecord.LocationField => text["field.location"],
        PositionRecord.UntilField => text["company.until"],
        _ => field,
    };

    /// <summary>
    /// The person (1-based) and field of a record key: <c>persons[2].name</c> is the third person's name, a bare key the
    /// first person's, except the document's own values (<c>documentNumber</c>, <c>documentDate</c>, <c>location</c>,
    /// an RPTKA's <c>positions[0].title</c>).
    /// </summary>
    private static (int? Person, string Name) Parse(string key) =>
        PersonKey().Match(key) is { Success: true } match
            ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1, match.Groups[2].Value)
            : (DocumentFields.Contains(key) || FieldKeys.TryParsePosition(key, out _, out _) ? null : 1, key);

    [GeneratedRegex(@"^persons\[(\d{1,4})\]\.(.+)$")]
    private static partial Regex PersonKey();
}
