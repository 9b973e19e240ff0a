namespace DocArchive.Generator;

/// <summary>The file a generated document is saved as.</summary>
public enum OutputFormat
{
    /// <summary>Scanned PDF, one grayscale JPEG per page.</summary>
    ScannedPdfJpeg,

    /// <summary>Scanned PDF, one bilevel CCITT G4 image per page.</summary>
    ScannedPdfCcitt,

    /// <summary>Multi-page grayscale TIFF.</summary>
    TiffGray,

    /// <summary>Multi-page bilevel CCITT G4 TIFF.</summary>
    TiffCcitt,

    /// <summary>PNG (single-page documents).</summary>
    Png,

    /// <summary>JPEG, like a phone photo (single-page documents).</summary>
    Jpeg,

    /// <summary>Born-digital PDF with a text layer, not degraded.</summary>
    TextPdf,
}
