namespace DocArchive.Generator;

/// <summary>How a document reached the archive: the capture kind its truth file records.</summary>
public enum Capture
{
    /// <summary>An office scanner at 200 or 300 dpi (or a born-digital PDF when the format is <see cref="OutputFormat.TextPdf"/>).</summary>
    Scan,

    /// <summary>A phone photo: keystone, light falling off to one side, a colour stamp over the text, text at 0.55–0.75 of scan size, colour JPEG tagged 72 dpi.</summary>
    Phone,

    /// <summary>A fax: 200 × 100 dpi, thresholded, streaks, the file tagged 200 or 300 dpi.</summary>
    Fax,

    /// <summary>A scanner at 150 dpi.</summary>
    LowRes,
}
