using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace DocArchive.Web.Export;

/// <summary>A table sent as a file download, written to the response as its rows arrive; usable from pages and endpoints.</summary>
public sealed record TableDownload(
    string Name, ExportFormat Format, IReadOnlyList<string> Header, IAsyncEnumerable<IReadOnlyList<string?>> Rows) : IResult, IActionResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.ContentType = ExportFile.ContentType(Format);
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(ExportFile.FileName(Name, Format));
        response.Headers.ContentDisposition = disposition.ToString();
        await ExportFile.WriteAsync(response.Body, Format, Name, Header, Rows, httpContext.RequestAborted);
    }

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ExecuteAsync(context.HttpContext);
    }
}
