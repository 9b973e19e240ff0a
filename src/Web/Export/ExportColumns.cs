namespace DocArchive.Web.Export;

/// <summary>The type of an export's column, told by its name: counts, pages and confidences are numbers; days and UTC times are dates.</summary>
public static class ExportColumns
{
    public static ExportCellType TypeOf(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column switch
        {
            "pages" => ExportCellType.Number,
            _ when column.EndsWith("_confidence", StringComparison.Ordinal) || column.EndsWith("_page", StringComparison.Ordinal) => ExportCellType.Number,
            _ when column.EndsWith("_utc", StringComparison.Ordinal) => ExportCellType.DateTime,
            "date_of_birth" => ExportCellType.Date,
            _ when column.EndsWith("_date", StringComparison.Ordinal) || column.EndsWith("_expiry", StringComparison.Ordinal) => ExportCellType.Date,
            _ => ExportCellType.Text,
        };
    }
}
