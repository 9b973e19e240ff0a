namespace DocArchive.Web.Corrections;

/// <summary>The id of a field's row on the document page: <c>persons[1].name</c> is <c>field-persons-1-name</c>.</summary>
public static class FieldAnchor
{
    public static string Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split(['[', ']', '.'], StringSplitOptions.RemoveEmptyEntries);
        return "field-" + string.Join('-', parts);
    }

    /// <summary>The document page at the field's row.</summary>
    public static string Link(Guid documentId, string key) => $"/documents/{documentId}#{Of(key)}";
}
