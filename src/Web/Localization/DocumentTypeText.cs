using DocArchive.Ingest.Extraction;

namespace DocArchive.Web.Localization;

/// <summary>The names of the document types in the interface's language.</summary>
public static class DocumentTypeText
{
    /// <summary>The name of a <see cref="DocumentTypes"/> value; empty for a document not extracted yet, as stored for any other.</summary>
    public static string DocumentType(this UiText text, string? type)
    {
        ArgumentNullException.ThrowIfNull(text);
        return type switch
        {
            null => string.Empty,
            DocumentTypes.Permit => text["doctype.permit"],
            DocumentTypes.Rptka => text["doctype.rptka"],
            DocumentTypes.Minutes => text["doctype.minutes"],
            DocumentTypes.FieldReport => text["doctype.fieldreport"],
            DocumentTypes.Passport => text["doctype.passport"],
            DocumentTypes.Other => text["doctype.other"],
            _ => type,
        };
    }
}
