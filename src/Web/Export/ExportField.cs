namespace DocArchive.Web.Export;

/// <summary>
/// An extracted value exported with its provenance: its column, its key in the extraction record (<c>employer</c>,
/// <c>passportNumber</c>) and the value the catalog stores for it on <typeparamref name="T"/>.
/// </summary>
public sealed record ExportField<T>(string Column, string Key, Func<T, string?> Stored);
