using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Model;

namespace DocArchive.Web.Localization;

/// <summary>The names of the extraction record's fields in the interface's language, wherever a field key is shown.</summary>
public static class FieldLabelText
{
    /// <summary>
    /// The name of a field without its person: <c>Tanggal lahir</c> for <c>dateOfBirth</c>, <c>Jabatan disetujui 1: Jumlah</c>
    /// for <c>positions[0].count</c>; a name no label knows as it is.
    /// </summary>
    public static string FieldName(this UiText text, string field)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(field);
        return field switch
        {
            "name" or "passportNumber" or "nationality" or "dateOfBirth" or "position" or "employer" or "permitNumber"
                or "issueDate" or "expiryDate" or "passportExpiry" or "documentNumber" or "documentDate" or "location"
                or FieldKeys.Finding => text[$"field.{field}"],
            _ when FieldKeys.TryParsePosition(field, out var index, out var name) => text["field.approved", index + 1, PositionName(text, name)],
            _ => field,
        };
    }

    /// <summary>
    /// The name of a record key with its person when it is not the first: <c>No. paspor</c> for <c>passportNumber</c>,
    /// <c>No. paspor · orang 2</c> for <c>persons[1].passportNumber</c>.
    /// </summary>
    public static string FieldLabel(this UiText text, string key)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(key);
        return FieldKey.TryParse(key, out var parsed) && parsed.Person is { } index and > 0
            ? $"{text.FieldName(parsed.Field)} · {text["fields.person", index + 1]}"
            : text.FieldName(key);
    }

    private static string PositionName(UiText text, string field) => field switch
    {
        PositionRecord.TitleField => text["field.position"],
        PositionRecord.CountField => text["company.count"],
        PositionRecord.NationalityField => text["field.nationality"],
        PositionRecord.LocationField => text["field.location"],
        PositionRecord.UntilField => text["company.until"],
        _ => field,
    };
}
