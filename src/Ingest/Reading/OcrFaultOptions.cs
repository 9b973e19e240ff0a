using DocArchive.Ingest.Reading.Protocol;

namespace DocArchive.Ingest.Reading;

/// <summary>
/// Test hook: page reads of files whose path contains <see cref="PathContains"/> make the worker crash or hang, the first
/// <see cref="Times"/> times across the pool (0: every time). Set only through configuration, never by a file's content.
/// </summary>
public sealed class OcrFaultOptions
{
    public OcrFaultKind Kind { get; set; }

    public string PathContains { get; set; } = string.Empty;

    public int Times { get; set; }
}
