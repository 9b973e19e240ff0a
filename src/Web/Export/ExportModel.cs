using System.Net;
using System.Text.RegularExpressions;
using DocArchive.Ingest.Audit;
using DocArchive.Search.Querying;
using DocArchive.Web.Audit;
using DocArchive.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocArchive.Web.Export;

/// <summary>
/// Exports the documents a search (with its filters; empty or <c>*</c>: every document) finds, or the persons they name,
/// as CSV or XLSX, streamed: the search's hits are read a batch at a time, every one of them (not only the pages a
/// search shows), and each batch's documents are looked up in the catalog (<see cref="ExportRows"/>), so memory does not
/// grow with the number of rows. A search that gives no row says so on the page instead of downloading an empty file.
/// </summary>
public sealed partial class ExportModel(IDocumentSearch search, ExportRows rows, AuditLog audit, UiText text, TimeProvider clock) : PageModel
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

    /// <summary>The search as the index takes it: an empty box finds every document.</summary>
    private string Search => SearchOf(Query);

    /// <summary>The search the words typed ask the index for: an empty box finds every document (<c>*</c>).</summary>
    public static string SearchOf(string? query) => string.IsNullOrWhiteSpace(query) ? "*" : query;

    public void OnGet() => Count(Search);

    public async Task<IActionResult> OnGetFileAsync(CancellationToken cancellationToken)
    {
        if (Count(Search) is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var found = rows.ReadAsync(Kind, Hits(search, Search).ToAsyncEnumerable(), cancellationToken).GetAsyncEnumerator(cancellationToken);
        if (!await found.MoveNextAsync())
        {
            await found.DisposeAsync();
            Error = Kind == ExportKind.Persons ? "export.nopersons" : "export.nothing";
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        var kind = Kind.ToString().ToLowerInvariant();
        await audit.AppendAsync(HttpContext, AuditAction.Export, $"{kind} {Format.ToString().ToLowerInvariant()}: {Search}", cancellationToken);
        var name = ExportFile.BaseName(text[$"export.file.{kind}"], Query, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        return ExportFile.Download(name, Format, ExportRows.Header(Kind), Resume(found));
    }

    /// <summary>The rows of an enumeration already moved to its first row, from that row on; disposes of it at the end.</summary>
    private static async IAsyncEnumerable<T> Resume<T>(IAsyncEnumerator<T> started)
    {
        await using (started)
        {
            do
            {
                yield return started.Current;
            }
            while (await started.MoveNextAsync());
        }
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
