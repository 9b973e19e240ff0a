namespace DocArchive.Ingest.Reading.Worker.Pages;

/// <summary>Opens a stored file as pages, after checking that it is what its content type says.</summary>
internal static class PageSources
{
    public static IPageSource Open(string path, string contentType, PageSourceLimits limits)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(limits);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new UnsupportedDocumentException(ReadFailures.Unreadable, "The file does not exist.");
        }

        if (file.Length == 0)
        {
            throw new UnsupportedDocumentException(ReadFailures.Empty, "The file is empty (0 bytes).");
        }

        var head = new byte[Math.Min(ContentTypes.SniffLength, file.Length)];
        using (var stream = file.OpenRead())
        {
            stream.ReadExactly(head);
        }

        var actual = ContentTypes.Sniff(head);
        if (actual is null)
        {
            throw new UnsupportedDocumentException(ReadFailures.UnknownKind, "The file is not a PDF, TIFF, PNG or JPEG: its first bytes match none of them.");
        }

        if (!string.Equals(actual, contentType, StringComparison.Ordinal))
        {
            throw new UnsupportedDocumentException(ReadFailures.UnsupportedVariant, $"The file was given as {contentType} but its first bytes say {actual}.");
        }

        return actual switch
        {
            ContentTypes.Pdf => PdfPageSource.Open(path, limits),
            ContentTypes.Tiff => new TiffPageSource(File.ReadAllBytes(path), limits),
            _ => new SingleImagePageSource(File.ReadAllBytes(path), limits),
        };
    }
}
