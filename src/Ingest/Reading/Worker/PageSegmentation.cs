namespace DocArchive.Ingest.Reading.Worker;

/// <summary>Tesseract's page segmentation modes DocArchive uses (values of <c>TessPageSegMode</c>).</summary>
internal enum PageSegmentation
{
    /// <summary>Fully automatic layout analysis: forms, letters, tables.</summary>
    Auto = 3,

    /// <summary>One uniform block of text: a band cut out of a page.</summary>
    SingleBlock = 6,

    /// <summary>One text line.</summary>
    SingleLine = 7,
}
