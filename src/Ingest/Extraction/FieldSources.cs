namespace DocArchive.Ingest.Extraction;

/// <summary>How a field value was found.</summary>
public static class FieldSources
{
    public const string Label = "label";
    public const string Table = "table";
    public const string Mrz = "mrz";
    public const string Pattern = "pattern";
}
