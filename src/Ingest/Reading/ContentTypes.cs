namespace DocArchive.Ingest.Reading;

/// <summary>The kinds of file DocArchive reads, told apart by their first bytes, never by their name.</summary>
public static class ContentTypes
{
    public const string Pdf = "application/pdf";
    public const string Tiff = "image/tiff";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";

    /// <summary>The number of leading bytes <see cref="Sniff"/> needs.</summary>
    public const int SniffLength = 1024;

    /// <summary>The content type of a file from its first bytes, or null when it is none DocArchive reads.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head)
    {
        // Not a u8 literal: "\x89" there is U+0089, two bytes in UTF-8.
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            return Tiff;
        }

        // PDF readers accept the header anywhere in the first kilobyte.
        return head.IndexOf("%PDF-"u8) >= 0 ? Pdf : null;
    }

    /// <summary>The content type of the file at <paramref name="path"/> from its first bytes, or null when it is none DocArchive reads.</summary>
    public static string? OfFile(string path)
    {
        Span<byte> head = stackalloc byte[SniffLength];
        using var file = File.OpenRead(path);
        return Sniff(head[..file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)]);
    }
}
