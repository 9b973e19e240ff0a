namespace DocArchive.Ingest.Reading;

/// <summary>
/// What a PDF carries besides its pages that a PDF reader may run or open: the document is still read and kept, but
/// flagged, and its original is handed out only as a sandboxed download.
/// </summary>
[Flags]
public enum ActiveContent
{
    None = 0,

    /// <summary>JavaScript: a <c>/JS</c> action, a <c>/JavaScript</c> name tree, an open action running a script.</summary>
    JavaScript = 1,

    /// <summary>A <c>/Launch</c> action, which starts a program or opens a file.</summary>
    Launch = 2,

    /// <summary>Embedded files: an <c>/EmbeddedFiles</c> name tree, a file specification with <c>/EF</c>, a file attachment annotation.</summary>
    EmbeddedFiles = 4,
}
