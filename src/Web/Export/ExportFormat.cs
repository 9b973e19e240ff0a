namespace DocArchive.Web.Export;

/// <summary>The file formats an export is written in.</summary>
public enum ExportFormat
{
    /// <summary>UTF-8 with a byte-order mark (so Excel reads the accents), comma-separated, CRLF lines.</summary>
    Csv,

    /// <summary>An Office Open XML workbook with one sheet of text cells.</summary>
    Xlsx,
}
