using System.Diagnostics.CodeAnalysis;

namespace DocArchive.Ingest.Model;

/// <summary>Fits read text into the catalog's columns: a value longer than its column is cut, never refused.</summary>
internal static class CatalogText
{
    [return: NotNullIfNotNull(nameof(value))]
    public static string? Clip(string? value, int maxLength) =>
        value is null || value.Length <= maxLength ? value : value[..maxLength];
}
