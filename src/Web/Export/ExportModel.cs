using System.Net;
using System.Text.RegularExpressions;
using DocArchive.Ingest.Accounts;
using DocArchive.Search.Querying;
using DocArchive.Web.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocArchive.Web.Export;

/// <summary>
/// Exports the documents a search (with its filters) finds, or the persons they name, as CSV or XLSX, streamed: the
/// search's hits are read a batch at a time, every one of them (not only the pages a search shows), and each batch's
/// documents are looked up in the catalog (<see cref="ExportRows"/>), so
/// memory does not grow with the number of rows.
/// </summary>
public sealed partial class ExportModel(IDocumentSearch search, ExportRows rows, AuditLog audit) : PageModel
{
    /// <summary>Hits read from the index and looked up in the catalog at a time.</summary>
    public const int BatchSize = 100;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public ExportKind Kind { get; set; } = ExportKind.Documents;

    [BindProperty(SupportsGet = true)]
    public ExportFormat Format { get; set; } = ExportFormat.Csv;

    /// <summary>The strings-table key of what is wrong with the query.</summary>
    public string? Error { get; private set; }

    /// <summary>Why the query was not understood, when it was not.</summary>
    public InvalidSearchQueryException? QueryError { get; private set; }

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

        var name = Kind.ToString().ToLowerInvariant();
        await audit.AppendAsync(HttpContext, AuditAction.Export, $"{name} {Format.ToString().ToLowerInvariant()}: {Query}", cancellationToken);
        return ExportFile.Download(name, Format, ExportRows.Header(Kind), rows.ReadAsync(Kind, Hits(search, Query).ToAsyncEnumerable(), cancellationToken));
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
            QueryError = e;
            return null;
        }
    }

    /// <summary>Every document <paramref name="query"/> finds, <see cref="BatchSize"/> at a time from one reading of the index, read as the export is written.</summary>
    public static IEnumerable<IReadOnlyList<ExportHit>> Hits(IDocumentSearch search, string query)
    {
        ArgumentNullException.ThrowIfNull(search);
        return search.SearchAll(query, SearchSort.Relevance, BatchSize)
            .Select(hits => (IReadOnlyList<ExportHit>)[.. hits.Select(h => new ExportHit(h.DocumentId, h.PageNumber, PlainText(h.SnippetHtml)))]);
    }

    /// <summary>The snippet without its highlighting: the searcher escapes the text and adds only tags.</summary>
    private static string PlainText(string snippetHtml) => WebUtility.HtmlDecode(Tag().Replace(snippetHtml, ""));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
