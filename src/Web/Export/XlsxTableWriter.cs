using System.IO.Compression;
using System.Text;
using System.Xml;

namespace DocArchive.Web.Export;

/// <summary>
/// A minimal Office Open XML workbook written as a stream: one sheet whose cells are inline strings (never formulas,
/// so nothing in the data is evaluated), the first row frozen as the header. The sheet is deflated row by row and
/// handed to the target in chunks, so memory stays flat however many rows there are.
/// </summary>
public sealed class XlsxTableWriter : ITableWriter
{
    private const int DrainThreshold = 64 * 1024;

    private const string SpreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    private readonly Stream target;

    private readonly ChunkBuffer buffer = new();

    private readonly ZipArchive archive;

    private readonly Stream sheetStream;

    private readonly XmlWriter sheet;

    private bool completed;

    public XlsxTableWriter(Stream target, string sheetName)
    {
        ArgumentNullException.ThrowIfNull(target);
        this.target = target;
        archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true);
        WritePart("[Content_Types].xml", ContentTypes);
        WritePart("_rels/.rels", RootRelationships);
        WritePart("xl/workbook.xml", Workbook(sheetName));
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
        sheet.WriteStartElement("row", SpreadsheetNamespace);
        foreach (var cell in cells)
        {
            sheet.WriteStartElement("c", SpreadsheetNamespace);
            if (!string.IsNullOrEmpty(cell))
            {
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
        sheet.WriteEndElement();
        sheet.WriteEndDocument();
        sheet.Flush();
        completed = true;
        await sheetStream.DisposeAsync();
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

    private static string Workbook(string sheetName) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{SpreadsheetNamespace}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{System.Security.SecurityElement.Escape(XmlSafe(sheetName))}" sheetId="1" r:id="rId1"/></sheets></workbook>""";

    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""";

    private const string RootRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""";

    private const string WorkbookRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""";

    private const string Styles =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>""";
}
