namespace DocArchive.Ingest.Reading;

/// <summary>A page written as an image: its size in the units of its words' boxes (points for a text layer, pixels for a scan).</summary>
public sealed record RenderedPage(double Width, double Height);
