using DocArchive.Ingest.Extraction;

namespace DocArchive.Web.Localization;

/// <summary>The names of the document types in the interface's language.</summary>
public static class DocumentTypeText
{
    /// <summary>The name of a <see cref="DocumentTypes"/> value; empty for a document not extracted yet.</summary>
    public static string DocumentType(this UiText text, string? type)
    {
        ArgumentNullException.ThrowIfNull(text);
        return type is null ? string.Empty : DocumentTypes.All.Contains(type) ? text[$"doctype.{type}"] : type;
    }
}
