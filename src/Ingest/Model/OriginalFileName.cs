using System.Text;

namespace DocArchive.Ingest.Model;

/// <summary>File names are data, never paths: only the last segment is kept, without control characters.</summary>
public static class OriginalFileName
{
    public const int MaxLength = 255;

    private const string Unnamed = "unnamed";

    public static string Clean(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Unnamed;
        }

        var lastSeparator = name.LastIndexOfAny(['/', '\\']);
        var segment = name[(lastSeparator + 1)..];
        var cleaned = new StringBuilder(segment.Length);
        foreach (var c in segment.Where(c => !char.IsControl(c) && c is not ('\u2028' or '\u2029')))
        {
            cleaned.Append(c);
        }

        var result = cleaned.ToString().Trim();
        if (result.Length > MaxLength)
        {
            result = result[..MaxLength];
        }

        return result is "" or "." or ".." ? Unnamed : result;
    }
}
