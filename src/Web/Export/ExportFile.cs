using System.Globalization;
using System.Text;

namespace DocArchive.Web.Export;

/// <summary>A table streamed to an HTTP response as a CSV or XLSX download.</summary>
public static class ExportFile
{
    /// <summary>The longest part of a file name the search gives, cut at a word.</summary>
    private const int MaxSearchLength = 40;

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "text/csv; charset=utf-8",
    };

    /// <summary>
    /// The name of an export's file without its extension: what it holds, the search in safe characters (lower case
    /// letters and digits, words joined by <c>-</c>, at most 40 characters; left out when it has none) and the day:
    /// <c>dokumen_sinar-batu_2026-12-07</c>.
    /// </summary>
    public static string BaseName(string what, string? search, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(what);
        var slug = Slug(search);
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return slug.Length == 0 ? $"{Slug(what)}_{date}" : $"{Slug(what)}_{slug}_{date}";
    }

    private static string Slug(string? text)
    {
        var slug = new StringBuilder();
        foreach (var c in (text ?? string.Empty).Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(c);
            }
            else if (char.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        if (result.Length > MaxSearchLength)
        {
            var cut = result[..(MaxSearchLength + 1)];
            result = cut.LastIndexOf('-') is var dash and > 0 ? cut[..dash] : result[..MaxSearchLength];
        }

        return result;
    }

    public static string FileName(string name, ExportFormat format) =>
        $"{name}.{(format == ExportFormat.Xlsx ? "xlsx" : "csv")}";

    /// <summary>The writer of a table headed by <paramref name="header"/>; in XLSX its columns typed by their names (<see cref="ExportColumns"/>).</summary>
    public static ITableWriter CreateWriter(ExportFormat format, Stream target, string sheetName, IReadOnlyList<string> header) => format switch
    {
        ExportFormat.Xlsx => new XlsxTableWriter(target, sheetName, [.. header.Select(ExportColumns.TypeOf)]),
        _ => new CsvTableWriter(target),
    };

    /// <summary>Writes the header and every row to <paramref name="target"/>, one row in memory at a time.</summary>
    public static async Task WriteAsync(
        Stream target, ExportFormat format, string sheetName, IReadOnlyList<string> header,
        IAsyncEnumerable<IReadOnlyList<string?>> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(header);
        await using var writer = CreateWriter(format, target, sheetName, header);
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
