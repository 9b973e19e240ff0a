namespace DocArchive.Web.Export;

/// <summary>What an export lists: one row per document found, or one per person named in a document found.</summary>
public enum ExportKind
{
    Documents,

    Persons,
}
