namespace DocArchive.Fixtures;

/// <summary>How a scanned page's image is compressed inside a PDF.</summary>
public enum FixtureScanEncoding
{
    /// <summary>Grayscale JPEG (DCTDecode), as office scanners write.</summary>
    Jpeg,

    /// <summary>Bilevel CCITT Group 4 fax (CCITTFaxDecode), as archive scanners write.</summary>
    CcittG4,
}
