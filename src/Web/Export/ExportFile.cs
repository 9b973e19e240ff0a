namespace DocArchive.Web.Export;

/// <summary>A table streamed to an HTTP response as a CSV or XLSX download.</summary>
public static class ExportFile
{
    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "text/csv; charset=utf-8",
    };

    public static string FileName(string name, ExportFormat format) =>
        $"{name}.{(format == ExportFormat.Xlsx ? "xlsx" : "csv")}";

    public static ITableWriter CreateWriter(ExportFormat format, Stream target, string sheetName) => format switch
    {
        ExportFormat.Xlsx => new XlsxTableWriter(target, sheetName),
        _ => new CsvTableWriter(target),
    };

    /// <summary>Writes the header and every row to <paramref name="target"/>, one row in memory at a time.</summary>
    public static async Task WriteAsync(
        Stream target, ExportFormat format, string sheetName, IReadOnlyList<string> header,
        IAsyncEnumerable<IReadOnlyList<string?>> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        await using var writer = CreateWriter(format, target, sheetName);
        await writer.WriteRowAsync(header, cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteRowAsync(row, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    /// <summary>The download: streamed to the response body as rows arrive, never buffered whole.</summary>
    public static TableDownload Download(
        string name, ExportFormat format, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<string?>> rows) =>
        new(name, format, header, rows);
}
