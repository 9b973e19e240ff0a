using DocArchive.Ingest.Reading;

namespace DocArchive.Ingest.Extraction.Layout;

/// <summary>One visual row of a page: its words left to right.</summary>
internal sealed record TextLine(int Page, IReadOnlyList<PageWord> Words)
{
    public string Text { get; } = string.Join(' ', Words.Select(w => w.Text));

    public BoundingBox Box { get; } = Boxes.Union(Words.Select(w => w.Box));

    /// <summary>The median height of the row's words: the unit gaps are measured in.</summary>
    public double Height { get; } = Words.Count == 0 ? 1 : Math.Max(1, Words.Select(w => w.Box.Height).Order().ElementAt(Words.Count / 2));

    public double Confidence => Words.Count == 0 ? 0 : Words.Average(w => w.Confidence);
}
