namespace DocArchive.Web.Export;

/// <summary>What a column of an export holds, so that a spreadsheet gets numbers and dates, not text that looks like them.</summary>
public enum ExportCellType
{
    Text,

    /// <summary>A count, page or confidence, written with an invariant decimal point.</summary>
    Number,

    /// <summary>A day, written ISO (<c>2025-12-31</c>).</summary>
    Date,

    /// <summary>A UTC time, written <c>2025-12-31 08:15:00</c>.</summary>
    DateTime,
}
