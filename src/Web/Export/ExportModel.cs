using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Catalog;
using DocArchive.Search.Querying;
using DocArchive.Web.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DocArchive.Web.Export;

/// <summary>
/// Exports the documents a search finds, as CSV or XLSX, streamed: the search is read a page at a time and each
/// page's documents are looked up in the catalog, so memory does not grow with the number of rows.
/// </summary>
public sealed partial class ExportModel(IDocumentSearch search, CatalogDbContext db, AuditLog audit) : PageModel
{
    /// <summary>Hits read from the index per round trip: the largest page the searcher gives.</summary>
    public const int BatchSize = 100;

    /// <summary>
    /// The columns of a documents export: the file, the extracted values with officers' corrections applied, and as
    /// provenance which fields were corrected, by whom and when.
    /// </summary>
    public static readonly IReadOnlyList<string> DocumentColumns =
    [
        "document_id", "file_name", "content_type", "pages", "status", "uploaded_at_utc", "uploaded_by", "best_page", "excerpt",
        "document_type", "document_number", "document_date", "employer", "location", "persons", "passport_numbers", "corrected_fields",
        "corrected_by",
    ];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public ExportFormat Format { get; set; } = ExportFormat.Csv;

    /// <summary>The strings-table key of what is wrong with the query.</summary>
    public string? Error { get; private set; }

    public string? ErrorDetail { get; private set; }

    public int? Total { get; private set; }

    public void OnGet()
    {
        if (!string.IsNullOrWhiteSpace(Query))
        {
            Count(Query);
        }
    }

    public async Task<IActionResult> OnGetFileAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Query) || Count(Query) is null)
        {
            Error ??= "export.noquery";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await audit.AppendAsync(HttpContext, AuditAction.Export, $"documents {Format.ToString().ToLowerInvariant()}: {Query}", cancellationToken);
        return ExportFile.Download("documents", Format, DocumentColumns, DocumentRows(Query, cancellationToken));
    }

    private int? Count(string query)
    {
        try
        {
            Total = search.Search(new SearchQuery(query, 1, 1, Overview: false)).TotalDocuments;
            return Total;
        }
        catch (InvalidSearchQueryException e)
        {
            Error = "export.badquery";
            ErrorDetail = e.Message;
            return null;
        }
    }

    private async IAsyncEnumerable<IReadOnlyList<string?>> DocumentRows(string query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var page = 1; ; page++)
        {
            var hits = search.Search(new SearchQuery(query, page, BatchSize, Overview: false)).Documents;
            if (hits.Count == 0)
            {
                yield break;
            }

            var ids = hits.Select(h => h.DocumentId).ToList();
            var documents = await db.Documents.AsNoTracking()
                .Include(d => d.Persons.OrderBy(p => p.Index))
                .Include(d => d.Corrections.OrderBy(c => c.Key))
                .AsSplitQuery()
                .Where(d => ids.Contains(d.Id))
                .ToDictionaryAsync(d => d.Id, cancellationToken);
            foreach (var hit in hits)
            {
                if (documents.TryGetValue(hit.DocumentId, out var document))
                {
                    yield return Row(document, hit);
                }
            }

            if (hits.Count < BatchSize)
            {
                yield break;
            }
        }
    }

    private static string?[] Row(Document document, SearchHit hit) =>
    [
        document.Id.ToString(),
        document.OriginalName,
        document.ContentType,
        document.PageCount.ToString(CultureInfo.InvariantCulture),
        document.Status.ToString().ToLowerInvariant(),
        document.UploadedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        document.UploadedBy,
        hit.PageNumber.ToString(CultureInfo.InvariantCulture),
        PlainText(hit.SnippetHtml),
        document.DocumentType,
        document.DocumentNumber,
        document.DocumentDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        document.Employer,
        document.Location,
        Joined(document.Persons.Select(p => p.Name)),
        Joined(document.Persons.Select(p => p.PassportNumber)),
        Joined(document.Corrections.Select(c => c.Key)),
        Joined(document.Corrections.Select(c => $"{c.CorrectedBy} {c.CorrectedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}")),
    ];

    private static string Joined(IEnumerable<string?> values) => string.Join("; ", values.Where(v => !string.IsNullOrEmpty(v)));

    /// <summary>The snippet without its highlighting: the searcher escapes the text and adds only tags.</summary>
    private static string PlainText(string snippetHtml) => WebUtility.HtmlDecode(Tag().Replace(snippetHtml, ""));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
