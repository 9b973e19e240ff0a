namespace DocArchive.Ingest.Jobs;

/// <summary>
/// What one DocArchive process does, from <c>DocArchive:Role</c> (<c>serve --role</c>). The node that owns the Lucene index
/// (<see cref="All"/> or <see cref="Web"/>, exactly one per archive) runs the <c>index</c> queue; workers read documents.
/// </summary>
public enum NodeRole
{
    /// <summary>Everything in one process: web, index and reading (the embedded default).</summary>
    All,

    /// <summary>The web UI and the index queue; reading is left to workers.</summary>
    Web,

    /// <summary>Only the <c>ocr</c> queue with its OCR worker pool.</summary>
    Worker,
}
