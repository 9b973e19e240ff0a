namespace DocArchive.Ingest.Extraction.Tables;

/// <summary>A column of a table: its field and the x-range its cells occupy.</summary>
internal sealed record TableColumn(string Field, double Left, double Right);
