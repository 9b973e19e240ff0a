namespace DocArchive.Search;

/// <summary>Where the index lives and how quickly writes reach the searchers and the disk.</summary>
public sealed class SearchOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "DocArchive:Search";

    /// <summary>The index directory; empty means <c>&lt;DocArchive:DataDir&gt;/index</c>.</summary>
    public string IndexPath { get; set; } = "";

    /// <summary>The longest a write that nobody waits for stays invisible to searches.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often pending writes are committed to disk; a crash loses at most this much, which a reindex repairs.</summary>
    public TimeSpan CommitInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Memory the writer buffers before it flushes a segment.</summary>
    public double RamBufferMegabytes { get; set; } = 64;
}
