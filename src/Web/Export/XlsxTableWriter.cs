using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace DocArchive.Web.Export;

/// <summary>
/// A minimal Office Open XML workbook written as a stream: one sheet whose first row is the header (bold, frozen, with an
/// autofilter over the table); below it, the cells of a number or date column that read as one are numbers and real
/// dates (with a date format), every other cell an inline string (never a formula, so nothing in the data is
/// evaluated). The sheet is deflated row by row and handed to the target in chunks, so memory stays flat however many
/// rows there are.
/// </summary>
public sealed class XlsxTableWriter : ITableWriter
{
    private const int DrainThreshold = 64 * 1024;

    private const string SpreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Day 0 of the spreadsheet's serial dates (1900 system, as Excel counts after February 1900).</summary>
    private static readonly DateTime SerialEpoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);

    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    private readonly Stream target;

    private readonly ChunkBuffer buffer = new();

    private readonly ZipArchive archive;

    private readonly Stream sheetStream;

    private readonly XmlWriter sheet;

    private readonly string sheetName;

    private readonly IReadOnlyList<ExportCellType> columnTypes;

    private int rows;

    private int columns;

    private bool completed;

    /// <summary>A workbook whose first row written is the header; <paramref name="columnTypes"/> types the cells below it (text where not given).</summary>
    public XlsxTableWriter(Stream target, string sheetName, IReadOnlyList<ExportCellType>? columnTypes = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sheetName);
        this.target = target;
        this.sheetName = SheetName(sheetName);
        this.columnTypes = columnTypes ?? [];
        archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true);
        WritePart("[Content_Types].xml", ContentTypes);
        WritePart("_rels/.rels", RootRelationships);
        WritePart("xl/_rels/workbook.xml.rels", WorkbookRelationships);
        WritePart("xl/styles.xml", Styles);
        sheetStream = archive.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        sheet = XmlWriter.Create(sheetStream, XmlSettings);
        sheet.WriteStartDocument(standalone: true);
        sheet.WriteStartElement("worksheet", SpreadsheetNamespace);
        sheet.WriteRaw("""<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>""");
        sheet.WriteStartElement("sheetData", SpreadsheetNamespace);
    }

    public async ValueTask WriteRowAsync(IReadOnlyList<string?> cells, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var header = rows == 0;
        rows++;
        columns = Math.Max(columns, cells.Count);
        sheet.WriteStartElement("row", SpreadsheetNamespace);
        for (var i = 0; i < cells.Count; i++)
        {
            sheet.WriteStartElement("c", SpreadsheetNamespace);
            if (!string.IsNullOrEmpty(cells[i]))
            {
                var type = header || i >= columnTypes.Count ? ExportCellType.Text : columnTypes[i];
                if (!TryWriteTyped(type, cells[i]!))
                {
                    WriteText(cells[i]!, header);
                }
            }

            sheet.WriteEndElement();
        }

        sheet.WriteEndElement();
        if (buffer.Pending >= DrainThreshold)
        {
            await buffer.DrainToAsync(target, cancellationToken);
        }
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        sheet.WriteEndElement();
        var table = rows > 0 && columns > 0 ? $"$A$1:${ColumnName(columns)}${rows}" : null;
        if (table is not null)
        {
            sheet.WriteStartElement("autoFilter", SpreadsheetNamespace);
            sheet.WriteAttributeString("ref", table.Replace("$", "", StringComparison.Ordinal));
            sheet.WriteEndElement();
        }

        sheet.WriteEndElement();
        sheet.WriteEndDocument();
        sheet.Flush();
        completed = true;
        await sheetStream.DisposeAsync();
        WritePart("xl/workbook.xml", Workbook(sheetName, table));
        archive.Dispose();
        await buffer.DrainToAsync(target, cancellationToken);
        await target.FlushAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!completed)
        {
            sheet.Dispose();
            await sheetStream.DisposeAsync();
            archive.Dispose();
        }

        await buffer.DisposeAsync();
    }

    /// <summary>The column letters of a 1-based column number: 1 is A, 27 is AA.</summary>
    public static string ColumnName(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        var name = string.Empty;
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Writes a number or date cell when the value reads as one; false for text, or a value that does not read.</summary>
    private bool TryWriteTyped(ExportCellType type, string value)
    {
        double number;
        string? style = null;
        switch (type)
        {
            case ExportCellType.Number when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number):
                break;
            case ExportCellType.Date when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day):
                number = (day.ToDateTime(TimeOnly.MinValue) - SerialEpoch).TotalDays;
                style = DateStyle;
                break;
            case ExportCellType.DateTime when DateTime.TryParseExact(value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time):
                number = (time - SerialEpoch).TotalDays;
                style = DateTimeStyle;
                break;
            default:
                return false;
        }

        if (style is not null)
        {
            sheet.WriteAttributeString("s", style);
        }

        sheet.WriteElementString("v", SpreadsheetNamespace, number.ToString("R", CultureInfo.InvariantCulture));
        return true;
    }

    private void WriteText(string cell, bool header)
    {
        if (header)
        {
            sheet.WriteAttributeString("s", HeaderStyle);
        }

        sheet.WriteAttributeString("t", "inlineStr");
        sheet.WriteStartElement("is", SpreadsheetNamespace);
        sheet.WriteStartElement("t", SpreadsheetNamespace);
        if (char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1]))
        {
            sheet.WriteAttributeString("xml", "space", null, "preserve");
        }

        sheet.WriteString(XmlSafe(cell));
        sheet.WriteEndElement();
        sheet.WriteEndElement();
    }

    /// <summary>A name a workbook accepts for a sheet: at most 31 characters, none of <c>[ ] : * ? / \</c>.</summary>
    private static string SheetName(string name)
    {
        var clean = new string([.. XmlSafe(name).Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]).Trim('\'');
        return clean.Length == 0 ? "Sheet1" : clean[..Math.Min(clean.Length, 31)];
    }

    /// <summary>Text without the characters XML 1.0 cannot hold (control characters, lone surrogates).</summary>
    public static string XmlSafe(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var firstBad = -1;
        for (var i = 0; i < value.Length && firstBad < 0; i++)
        {
            if (!IsXmlChar(value, i, out var width))
            {
                firstBad = i;
            }

            i += width - 1;
        }

        if (firstBad < 0)
        {
            return value;
        }

        var clean = new StringBuilder(value.Length).Append(value, 0, firstBad);
        for (var i = firstBad; i < value.Length; i++)
        {
            if (IsXmlChar(value, i, out var width))
            {
                clean.Append(value, i, width);
            }

            i += width - 1;
        }

        return clean.ToString();
    }

    private static bool IsXmlChar(string value, int index, out int width)
    {
        var c = value[index];
        if (char.IsHighSurrogate(c) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]))
        {
            width = 2;
            return true;
        }

        width = 1;
        return XmlConvert.IsXmlChar(c);
    }

    private void WritePart(string name, string content)
    {
        using var entry = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }

    /// <summary>The workbook part: its one sheet and, over the <paramref name="table"/>, the range its autofilter works on.</summary>
    private static string Workbook(string sheetName, string? table)
    {
        var name = System.Security.SecurityElement.Escape(sheetName);
        var filter = table is null
            ? string.Empty
            : $"""<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'{name.Replace("'", "''", StringComparison.Ordinal)}'!{table}</definedName></definedNames>""";
        return $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{SpreadsheetNamespace}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets>{filter}</workbook>""";
    }

    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""";

    private const string RootRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""";

    private const string WorkbookRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""";

    /// <summary>The cell formats of <see cref="Styles"/>: 1 a day, 2 a time, 3 the bold header.</summary>
    private const string DateStyle = "1";

    private const string DateTimeStyle = "2";

    private const string HeaderStyle = "3";

    private const string Styles =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/><numFmt numFmtId="165" formatCode="yyyy\-mm\-dd\ hh:mm:ss"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>""";
}
